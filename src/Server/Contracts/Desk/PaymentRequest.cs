namespace Workflow.Server.Contracts.Desk;

/// <summary>The receipt or payment reference of fees, charges or financial obligations paid.</summary>
public sealed record PaymentRequest(string? Reference, long? ExpectedVersion = null);
