namespace Workflow.Server.Payments;

/// <summary>The online payment gateway's shared secret for signed callbacks (<c>Payments:Gateway:Secret</c>).</summary>
public sealed record GatewayOptions
{
    public string? Secret { get; init; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Secret);
}
