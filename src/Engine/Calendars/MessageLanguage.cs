using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Calendars;

/// <summary>
/// Messages and explanations are Vietnamese unless the caller passes an English culture.
/// Numbers are written by hand so the result does not depend on the machine's culture data.
/// </summary>
internal static class MessageLanguage
{
    // Unlike Text's, no culture here means Vietnamese, whatever the thread's culture.
    public static bool IsEnglish(CultureInfo? culture) => culture is not null && Text.IsEnglish(culture);

    public static string Pick(CultureInfo? culture, string vietnamese, string english) => Text.Pick(culture ?? Text.Vietnamese, vietnamese, english);

    /// <summary>5, 0,5 (Vietnamese) or 0.5 (English), without trailing zeros.</summary>
    public static string Number(decimal value, CultureInfo? culture)
    {
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return IsEnglish(culture) ? text : text.Replace('.', ',');
    }

    public static string Weekday(DayOfWeek day, CultureInfo? culture, bool capitalised = false)
    {
        if (IsEnglish(culture))
        {
            return day.ToString();
        }

        var name = day switch
        {
            DayOfWeek.Monday => "thứ Hai",
            DayOfWeek.Tuesday => "thứ Ba",
            DayOfWeek.Wednesday => "thứ Tư",
            DayOfWeek.Thursday => "thứ Năm",
            DayOfWeek.Friday => "thứ Sáu",
            DayOfWeek.Saturday => "thứ Bảy",
            _ => "Chủ nhật",
        };
        return capitalised ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    /// <summary>"thứ Sáu 27/02/2026" / "Friday 27/02/2026".</summary>
    public static string DayAndDate(DateOnly date, CultureInfo? culture, bool capitalised = false) =>
        $"{Weekday(date.DayOfWeek, culture, capitalised)} {VietnamTime.FormatDate(date)}";

    public static string Periods(IEnumerable<WorkingPeriod> periods) => string.Join(", ", periods.Select(p => p.ToString()));
}
