namespace Workflow.Server.Contracts.Heads;

/// <summary>The written apology's reason and the one new appointment (Decree 61 art. 19.9), with its offset (e.g. +07:00).</summary>
public sealed record ApologiseRequest(DateTimeOffset? NewAppointment, string? Reason, long? ExpectedVersion = null);
