namespace Workflow.Server.Contracts.Desk;

/// <summary>One list of everything the citizen must add (Decree 61 art. 15), and an optional note.</summary>
public sealed record AskToCompleteRequest(List<string>? Missing, string? Reason = null, long? ExpectedVersion = null);
