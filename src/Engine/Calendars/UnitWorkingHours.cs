using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>
/// An agency's own working hours (e.g. a ward desk that also opens on Saturday morning),
/// keyed by the unit id used in the organisation data.
/// </summary>
public sealed record UnitWorkingHours(string UnitId, WeeklySchedule Schedule, string? Name = null, string? EnglishName = null, string? Note = null)
{
    /// <summary>The unit's name in the requested language, falling back to its id.</summary>
    public string DisplayName(CultureInfo? culture = null) =>
        (MessageLanguage.IsEnglish(culture) ? EnglishName ?? Name : Name) ?? UnitId;
}
