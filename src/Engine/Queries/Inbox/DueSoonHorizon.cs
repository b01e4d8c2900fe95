using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Queries.Inbox;

/// <summary>
/// The instant up to which a task counts as "due soon": now plus the engine's reminder lead,
/// counted in the unit's working time (the same lead after which the engine reminds the assignee).
/// A task due at or before the horizon is due soon; one due before now is overdue.
/// </summary>
public static class DueSoonHorizon
{
    public static DateTimeOffset For(DeadlineCalculator calculator, DateTimeOffset now, Duration lead, string? unitId) => lead.Unit switch
    {
        DurationUnit.WorkingDays or DurationUnit.WorkingHours => calculator.AddWorkingTime(now, calculator.ToWorkingTime(lead, unitId), unitId),
        DurationUnit.CalendarDays => now.AddDays((double)lead.Value),
        _ => calculator.ClockFor(unitId).CloseOf(calculator.ClockFor(unitId).WorkingDayOnOrAfter(Calendars.VietnamTime.LocalDate(now))),
    };

    public static DueStatus Classify(DateTimeOffset now, DateTimeOffset due, DateTimeOffset horizon) =>
        due < now ? DueStatus.Overdue : due <= horizon ? DueStatus.DueSoon : DueStatus.OnTime;
}
