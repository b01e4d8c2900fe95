using Workflow.Engine.Calendars;
using Workflow.Server.Localization;

namespace Workflow.Server.Administration;

/// <summary>The working calendar as administrators read it (it is edited as files in procedures/calendars).</summary>
public static class CalendarView
{
    public static CalendarSummaryView Summary(WorkingCalendar calendar) =>
        new(calendar.LoadedYears.Select(y => Year(calendar, y)!).ToList(),
            Hours(null, null, calendar.WorkingHours.Default),
            calendar.WorkingHours.Units.Values.OrderBy(u => u.UnitId, StringComparer.Ordinal)
                .Select(u => Hours(u.UnitId, u.DisplayName(Language.Current), u.Schedule)).ToList());

    public static CalendarYearView? Year(WorkingCalendar calendar, int year) =>
        calendar.FindYear(year) is { } data
            ? new CalendarYearView(data.Year, calendar.StatusOf(year).ToString().ToLowerInvariant(), data.Note,
                data.DaysOff.OrderBy(d => d.Date).Select(d => new CalendarDateView(d.Date, d.DisplayName(Language.Current), d.Note)).ToList(),
                data.WorkingWeekendDays.OrderBy(d => d.Date).Select(d => new CalendarDateView(d.Date, d.DisplayName(Language.Current), d.Note)).ToList())
            : null;

    private static WorkingHoursView Hours(string? unitId, string? name, WeeklySchedule schedule) =>
        new(unitId, name, schedule.StandardDay.Select(p => p.ToString()).ToList(), schedule.WorkingWeek,
            schedule.SpecialDays.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value.Select(p => p.ToString()).ToList()));
}
