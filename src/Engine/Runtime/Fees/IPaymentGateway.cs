namespace Workflow.Engine.Runtime.Fees;

/// <summary>
/// An online payment gateway (the national portal's payment platform, a bank, an e-wallet). The
/// engine records a pending payment with the gateway's reference when the citizen is sent to pay,
/// and confirms it when the gateway calls back (<c>WorkflowEngine.GatewayPaymentResultAsync</c>).
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Starts a payment; returns the gateway's reference and where to send the citizen.</summary>
    Task<GatewayPayment> StartAsync(string dossierCode, decimal amount, string description, Uri returnUrl, CancellationToken cancellationToken = default);
}
