namespace Workflow.Server.Contracts.Public;

/// <summary>The dossier code and the secret to follow it with; keep the secret, it is shown only once.</summary>
public sealed record SubmissionOutcome(string Code, string TrackingSecret, int StatusCode, string StatusName);
