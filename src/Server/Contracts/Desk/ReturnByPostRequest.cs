namespace Workflow.Server.Contracts.Desk;

/// <summary>The result handed to the public postal service: the waybill and when the handover record was signed.</summary>
public sealed record ReturnByPostRequest(string? Waybill, DateTimeOffset? HandedOverAt, long? ExpectedVersion = null);
