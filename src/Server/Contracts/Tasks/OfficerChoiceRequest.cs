namespace Workflow.Server.Contracts.Tasks;

/// <summary>The officer to give a task to (they must hold its role at its unit).</summary>
public sealed record OfficerChoiceRequest(string? OfficerId, long? ExpectedVersion = null);
