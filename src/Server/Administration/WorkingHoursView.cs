namespace Workflow.Server.Administration;

/// <summary>A weekly schedule: the standard day's periods ("07:00-11:30"), the worked weekdays, and weekdays with their own periods.</summary>
public sealed record WorkingHoursView(string? UnitId, string? Name, IReadOnlyList<string> StandardDay, IReadOnlyList<DayOfWeek> WorkingWeek, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<string>> SpecialDays);
