using System.Globalization;

namespace Workflow.Server.Components.Localization;

/// <summary>
/// How dates are written in the pages' inputs: day first (dd/MM/yyyy) in Vietnamese, ISO in English,
/// decided by the page's language and never by the browser's (an English browser still types 15/01/2027).
/// Pages keep the value as ISO text (yyyy-MM-dd, yyyy-MM-ddTHH:mm), which these helpers convert.
/// </summary>
public static class DateEntry
{
    private static readonly string[] VietnameseDays = ["dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] EnglishDays = ["yyyy-MM-dd", "yyyy-M-d"];

    public static CultureInfo Culture => CultureInfo.GetCultureInfo(UiText.IsEnglish ? "en-GB" : "vi-VN");

    public static string DayFormat => UiText.IsEnglish ? "yyyy-MM-dd" : "dd/MM/yyyy";

    public static string DayPlaceholder => UiText.IsEnglish ? "yyyy-mm-dd" : "dd/mm/yyyy";

    public static string MomentPlaceholder => UiText.IsEnglish ? "yyyy-mm-dd hh:mm" : "dd/mm/yyyy hh:mm";

    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoMoment(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIsoDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static DateTime? ParseIsoMoment(string? text) =>
        DateTime.TryParseExact(text?.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? moment : null;

    public static string MomentText(DateTime moment) => moment.ToString(DayFormat + " HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A typed date and time ("15/01/2027 14:30", "15/1/2027 9:05"), or null when it cannot be read.</summary>
    public static DateTime? ParseMoment(string? text)
    {
        var parts = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], UiText.IsEnglish ? EnglishDays : VietnameseDays, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(parts[1], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        return day.ToDateTime(time);
    }
}
