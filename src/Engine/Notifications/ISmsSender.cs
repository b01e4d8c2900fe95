namespace Workflow.Engine.Notifications;

/// <summary>
/// Sends SMS. Provinces use different brand-name SMS providers, so this is the plug: the shipped
/// <see cref="HttpSmsSender"/> posts to a provider's HTTP API; others can be added without touching the outbox.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}
