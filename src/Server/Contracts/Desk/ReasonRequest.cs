namespace Workflow.Server.Contracts.Desk;

/// <summary>A command that needs a written reason (refusal, withdrawal, stop).</summary>
public sealed record ReasonRequest(string? Reason, long? ExpectedVersion = null);
