namespace Workflow.Server.Contracts.Desk;

/// <summary>The new dossier: its code and the tracking secret to print on the receipt (shown only now), status and appointment.</summary>
public sealed record ReceiveOutcome(Guid DossierId, string Code, string TrackingSecret, int StatusCode, string StatusName, DateTimeOffset? Appointment, long Version);
