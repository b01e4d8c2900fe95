namespace Workflow.Engine.Calendars;

/// <summary>Why a date is, or is not, worked.</summary>
public enum CalendarDayKind
{
    /// <summary>An ordinary day of the working week.</summary>
    WorkingDay,

    /// <summary>A weekend day worked in exchange for a swapped day off (làm bù).</summary>
    MakeUpWorkingDay,

    /// <summary>A weekly rest day (Saturday, Sunday for most agencies).</summary>
    WeeklyRestDay,

    /// <summary>A day off listed in the year's calendar (holiday, Tết, compensation, swapped day).</summary>
    DayOff,

    /// <summary>
    /// A weekend day a unit normally opens on (e.g. Saturday morning) that falls inside an
    /// official holiday break, so the unit stays closed.
    /// </summary>
    HolidayBreak,
}
