namespace Workflow.Server.Administration;

public sealed record CalendarSummaryView(IReadOnlyList<CalendarYearView> Years, WorkingHoursView DefaultHours, IReadOnlyList<WorkingHoursView> UnitHours);
