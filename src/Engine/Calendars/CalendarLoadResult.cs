using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Calendars;

/// <summary>
/// The calendar built from whatever could be read, and every problem found on the way.
/// Callers refuse to use the calendar when <see cref="HasErrors"/> is true.
/// </summary>
public sealed record CalendarLoadResult(WorkingCalendar Calendar, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(problem => problem.IsError);
}
