namespace Workflow.Engine.Runtime.Commands;

/// <summary>The new dossier's code, the secret the citizen follows it with (shown only now), its status and appointment.</summary>
public sealed record ReceiveResult(Guid DossierId, string Code, string TrackingSecret, int StatusCode, DateTimeOffset? Appointment, long Version);
