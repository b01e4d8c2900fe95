using System.Globalization;

namespace Workflow.Designer.Localization;

/// <summary>
/// How the designer writes and reads a day in its inputs: dd/MM/yyyy in Vietnamese (the default),
/// yyyy-MM-dd in English, decided by the designer's language and never by the browser's.
/// </summary>
public static class DayText
{
    private static readonly string[] VietnameseDays = ["dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] EnglishDays = ["yyyy-MM-dd", "yyyy-M-d"];

    /// <summary>How a day is written, as the label shows it.</summary>
    public static string Pattern => DesignerText.IsEnglish ? "yyyy-mm-dd" : "dd/mm/yyyy";

    public static string Format(DateOnly day) => day.ToString(DesignerText.IsEnglish ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DesignerText.IsEnglish ? EnglishDays : VietnameseDays, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
