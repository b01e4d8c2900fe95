using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>
/// A weekday that is not worked: a public holiday, a Tết day, a compensation day for a holiday
/// that fell on a weekend, or a bridge day swapped against a make-up Saturday.
/// </summary>
public sealed record DayOff(DateOnly Date, string Name, string? EnglishName = null, string? Note = null)
{
    public string DisplayName(CultureInfo? culture = null) => MessageLanguage.IsEnglish(culture) ? EnglishName ?? Name : Name;
}
