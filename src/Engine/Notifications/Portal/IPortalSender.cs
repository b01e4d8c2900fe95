namespace Workflow.Engine.Notifications.Portal;

/// <summary>Sends one portal message; throws when the receiver did not take it (the outbox retries).</summary>
public interface IPortalSender
{
    Task SendAsync(string key, string body, CancellationToken cancellationToken = default);
}
