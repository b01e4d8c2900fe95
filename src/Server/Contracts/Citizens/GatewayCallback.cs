namespace Workflow.Server.Contracts.Citizens;

/// <summary>The gateway's answer: its reference, success, and an HMAC-SHA256 of "reference|succeeded" with the shared secret.</summary>
public sealed record GatewayCallback(string? Reference, bool Succeeded, string? Signature);
