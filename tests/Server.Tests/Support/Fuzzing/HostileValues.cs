namespace Workflow.Server.Tests.Support.Fuzzing;

/// <summary>What no honest client sends: the ends of every range, the wrong kind of value, control characters and nesting past any limit.</summary>
public static class HostileValues
{
    public static readonly string[] Strings =
    [
        "", " ", "\u0000", "\t\r\n", "a\u0001b\u007f", "../../../etc/passwd", "%00%2F..%5C", "'; DROP TABLE dossiers; --", "<script>alert(1)</script>",
        "{{7*7}}", "Nguyễn Văn Ánh", "🙂👩‍👩‍👧", "\uFFFF\uFFFE", new string('x', 5000), "null", "-1", "1e308", "0001-01-01", "9999-12-31",
    ];

    public static readonly string[] Integers =
    [
        "0", "-1", "1", "2", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "1e308", "-1e308", "1.5", "99999999999999999999999999999999",
    ];

    public static readonly string[] Numbers = [.. Integers, "0.0001", "-0.5", "79228162514264337593543950335", "79228162514264337593543950336", "1e-400", "4.9e-324"];

    public static readonly string[] Dates = ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "2026-02-30", "2026-13-01", "2026-03-02", "not-a-date"];

    public static readonly string[] DateTimes =
    [
        "0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59.9999999+00:00",
        "1899-12-31T23:59:59+07:00", "2101-01-01T00:00:00+07:00", "2026-03-02T08:00:00+07:00", "2026-03-02", "2026-03-02T25:61:00Z",
    ];

    public static readonly string[] Guids = ["00000000-0000-0000-0000-000000000000", "not-a-guid", "7f0e8a2c-0000-4000-8000-00000000000"];

    /// <summary>JSON texts of every kind, for where another kind is expected.</summary>
    public static readonly string[] WrongTypes = ["null", "true", "0", "-1e308", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\":null}", "\"\\uD800\"", "\"\\u0000\""];

    /// <summary>Nesting deeper than any reader allows, and a little less deep.</summary>
    public static readonly string[] DeepNesting = [DeepArray(70), DeepObject(70), DeepArray(40), DeepObject(40)];

    /// <summary>Whole bodies that are not the JSON asked for.</summary>
    public static readonly string[] MalformedBodies = ["{", "}", "[", "not json", "{\"a\":}", "\u0000", "{\"a\":1,}", "{'a':1}", "\"\\uD800\"", "[1,2,3]", "42", "null", "true", DeepArray(100)];

    private static string DeepArray(int depth) => new string('[', depth) + new string(']', depth);

    private static string DeepObject(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
}
