using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Tests.Calendars;

/// <summary>The calendar loaded once from procedures/calendars; it is immutable, so tests share it.</summary>
internal static class RealCalendar
{
    private static readonly Lazy<CalendarLoadResult> Loaded = new(() => CalendarLoader.Load(RepositoryFiles.CalendarsFolder));

    public static CalendarLoadResult Result => Loaded.Value;

    public static WorkingCalendar Calendar => Loaded.Value.Calendar;

    public static DeadlineCalculator Calculator { get; } = new(Calendar);
}
