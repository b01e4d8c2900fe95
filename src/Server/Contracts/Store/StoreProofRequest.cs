namespace Workflow.Server.Contracts.Store;

/// <summary>The code and tracking secret of one of the holder's dossiers, as tracking asks (a phone number is not proof enough).</summary>
public sealed record StoreProofRequest(string? Code, string? Secret);
