namespace Workflow.Engine.Calendars;

/// <summary>
/// One year's exceptions to the weekly pattern, as an administrator keeps them in
/// <c>procedures/calendars/&lt;year&gt;.json</c>. Provisional years are computed from the
/// Labour Code's statutory days before the Prime Minister announces the schedule.
/// </summary>
public sealed record CalendarYear(
    int Year,
    bool Provisional,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<WorkingWeekendDay> WorkingWeekendDays,
    string? Note = null,
    string? SourceFile = null);
