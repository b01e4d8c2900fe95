namespace Workflow.Engine.Notifications;

/// <summary>Sends email. Throws when the message could not be handed to the mail server, so the outbox retries.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
