namespace Workflow.Engine.Notifications;

/// <summary>An HTTP SMS gateway (<c>Notifications:Sms</c>): where to POST and with which bearer token.</summary>
public sealed record HttpSmsOptions
{
    public Uri? Endpoint { get; init; }

    public string? Token { get; init; }

    /// <summary>The brand name shown as sender, where the provider supports it.</summary>
    public string? Sender { get; init; }

    public bool IsConfigured => Endpoint is not null;
}
