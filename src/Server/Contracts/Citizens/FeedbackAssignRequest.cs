namespace Workflow.Server.Contracts.Citizens;

public sealed record FeedbackAssignRequest(string? UnitId);
