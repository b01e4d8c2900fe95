namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// The number formats every spreadsheet knows by id without writing them in the file (ids below 164).
/// Only the culture-independent ones: the others (dates, currency) read differently per locale.
/// </summary>
internal static class NumberFormats
{
    /// <summary>The first id a file may give a format of its own.</summary>
    public const uint FirstCustomId = 164;

    public const string General = "General";

    private static readonly Dictionary<uint, string> BuiltIn = new()
    {
        [0] = General,
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [12] = "# ?/?",
        [13] = "# ??/??",
        [14] = "mm-dd-yy",
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mmss.0",
        [48] = "##0.0E+0",
        [49] = "@",
    };

    // The built-in ids the writer uses instead of declaring the format (general, number, percentage
    // and text), taken from the table above so that each is written as it is read back.
    private static readonly Dictionary<string, uint> Writable = new uint[] { 0, 1, 2, 3, 4, 9, 10, 49 }
        .ToDictionary(id => BuiltIn[id], StringComparer.Ordinal);

    /// <summary>The code of a built-in format id, or null when the id is not built in (or is locale-dependent and unknown).</summary>
    public static string? BuiltInCode(uint id) => BuiltIn.GetValueOrDefault(id);

    /// <summary>The built-in id a writer may use for this code instead of declaring it.</summary>
    public static bool TryBuiltInId(string code, out uint id) => Writable.TryGetValue(code, out id);
}
