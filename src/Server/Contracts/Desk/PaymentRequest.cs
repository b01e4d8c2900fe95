using Workflow.Engine.Runtime.States;

namespace Workflow.Server.Contracts.Desk;

/// <summary>A payment seen by an officer: the receipt or transfer reference, the amount in VND, how it was paid, and the fee it pays.</summary>
public sealed record PaymentRequest(string? Reference, decimal? Amount = null, PaymentMethod? Method = null, string? FeeId = null, string? Description = null, long? ExpectedVersion = null);
