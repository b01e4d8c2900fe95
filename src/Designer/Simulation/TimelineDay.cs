using Workflow.Engine.Calendars;

namespace Workflow.Designer.Simulation;

/// <summary>One day of the simulation's calendar: worked or not (and why), and the steps due that day.</summary>
public sealed record TimelineDay(DateOnly Date, CalendarDayKind Kind, bool IsWorkingDay, string? DayOffName, IReadOnlyList<string> StepsDue, bool IsReceived, bool IsStatutoryDue);
