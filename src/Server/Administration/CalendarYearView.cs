namespace Workflow.Server.Administration;

/// <summary>A year of the working calendar: its days off and its worked weekend days (làm bù).</summary>
public sealed record CalendarYearView(int Year, string Status, string? Note, IReadOnlyList<CalendarDateView> DaysOff, IReadOnlyList<CalendarDateView> WorkingWeekendDays);
