namespace Workflow.Server.Contracts.Documents;

/// <summary>Why a result is revoked; kept with the result and in the dossier's journal.</summary>
public sealed record RevokeResultRequest(string? Reason);
