namespace Workflow.Engine.Calendars;

/// <summary>Everything the calendar knows about one local date, for one unit.</summary>
public sealed record CalendarDay(
    DateOnly Date,
    CalendarDayKind Kind,
    IReadOnlyList<WorkingPeriod> Periods,
    CalendarYearStatus YearStatus,
    string? UnitId = null,
    DayOff? DayOff = null,
    WorkingWeekendDay? MakeUpDay = null)
{
    public bool IsWorkingDay => Periods.Count > 0;

    /// <summary>The end of the day's last working period (17:00 normally); null on a rest day.</summary>
    public TimeOnly? Close => Periods.Count > 0 ? Periods[^1].End : null;
}
