using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Phases;

/// <summary>
/// The agencies' phases' budgets added up, one way for the validator (against the statutory time), the
/// designer's phase panel and the command line's outline. Working days, hours and same-day budgets add
/// up at a standard day; calendar days add up only with calendar days.
/// </summary>
public static class AgencyTime
{
    /// <summary>The standard working day the budgets are added at (Decree 45/2020's day of eight working hours).</summary>
    public const decimal HoursPerWorkingDay = 8m;

    /// <summary>The sum, in the budgets' own unit when they share one; null when there are none or calendar days mix with working time.</summary>
    public static Duration? Total(IReadOnlyCollection<Duration> budgets)
    {
        if (budgets.Count == 0)
        {
            return null;
        }

        var calendarDays = budgets.Count(b => b.Unit == DurationUnit.CalendarDays);
        if (calendarDays > 0 && calendarDays < budgets.Count)
        {
            return null;
        }

        var unit = budgets.First().Unit;
        if (unit != DurationUnit.SameDay && budgets.All(b => b.Unit == unit))
        {
            return new Duration(budgets.Sum(b => b.Value), unit);
        }

        var hours = budgets.Sum(Hours);
        return hours % HoursPerWorkingDay == 0
            ? new Duration(hours / HoursPerWorkingDay, DurationUnit.WorkingDays)
            : new Duration(hours, DurationUnit.WorkingHours);
    }

    /// <summary>A budget in working hours at the standard day (calendar days count as themselves: they are only compared with calendar days).</summary>
    public static decimal Hours(Duration budget) => budget.Unit switch
    {
        DurationUnit.WorkingHours => budget.Value,
        DurationUnit.SameDay => HoursPerWorkingDay,
        DurationUnit.CalendarDays => budget.Value,
        _ => budget.Value * HoursPerWorkingDay,
    };
}
