namespace Workflow.Engine.Runtime.Fees;

/// <summary>A payment started at a gateway: its reference, and the page the citizen pays on.</summary>
public sealed record GatewayPayment(string Reference, Uri PaymentPage);
