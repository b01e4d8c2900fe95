namespace Workflow.Server.Contracts.Public;

/// <summary>The dossier code and either the secret printed on the receipt or the phone number given at filing.</summary>
public sealed record TrackingRequest(string? Code, string? Secret = null, string? Phone = null);
