using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>
/// Local time of Vietnamese agencies: Asia/Ho_Chi_Minh, a fixed UTC+07:00 with no daylight
/// saving, so a constant offset is exact and needs no time-zone database.
/// Instants are stored in UTC; dates, working periods and what people read are local.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    private static readonly string[] LocalFormats =
    {
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    };

    private static readonly string[] OffsetFormats =
    {
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    };

    /// <summary>The same instant expressed with the +07:00 offset.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The UTC instant of a Vietnamese wall-clock time; the DateTime's kind is ignored.</summary>
    public static DateTimeOffset FromLocal(DateTime localDateTime) =>
        new DateTimeOffset(DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified), Offset).ToUniversalTime();

    public static DateTimeOffset FromLocal(DateOnly date, TimeOnly time) => FromLocal(date.ToDateTime(time));

    /// <summary>The Vietnamese wall-clock time of an instant, as a DateTime of unspecified kind.</summary>
    public static DateTime LocalDateTime(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalDateTime(instant));

    public static TimeOnly LocalTimeOfDay(DateTimeOffset instant) => TimeOnly.FromDateTime(LocalDateTime(instant));

    /// <summary>How people read an instant on forms: <c>27/02/2026 17:00</c> (local time).</summary>
    public static string Format(DateTimeOffset instant) =>
        LocalDateTime(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the local offset, e.g. <c>2026-02-27T17:00:00+07:00</c>.</summary>
    public static string ToIso8601(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads <c>2026-02-13T10:00</c> (Vietnamese local time) or the same with an explicit offset
    /// (<c>+07:00</c>, <c>Z</c>...). Returns the instant in UTC.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = FromLocal(local);
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            instant = withOffset.ToUniversalTime();
            return true;
        }

        return false;
    }
}
