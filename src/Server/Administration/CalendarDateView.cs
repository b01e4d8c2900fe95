namespace Workflow.Server.Administration;

public sealed record CalendarDateView(DateOnly Date, string Name, string? Note);
