namespace Workflow.Server.Contracts.Tasks;

/// <summary>
/// Finish a task with one of its step's outcomes (<c>supplement</c> asks the citizen for papers,
/// <c>consult</c> asks other units); a comment is required for rework, supplement, reject and stop.
/// </summary>
public sealed record CompleteTaskRequest(string? OutcomeId, string? Comment = null, List<string>? Attachments = null, long? ExpectedVersion = null);
