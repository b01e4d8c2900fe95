using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù).</summary>
public sealed record WorkingWeekendDay(DateOnly Date, string Name, string? EnglishName = null, string? Note = null)
{
    public string DisplayName(CultureInfo? culture = null) => MessageLanguage.IsEnglish(culture) ? EnglishName ?? Name : Name;
}
