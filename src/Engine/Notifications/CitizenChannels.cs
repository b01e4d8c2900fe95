using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Notifications;

/// <summary>
/// A message to a citizen with both an email address and a phone number is kept as two outbox
/// messages, one per channel, so each is retried on its own: an SMS gateway that is down does not
/// make the citizen receive the email again at every retry, nor a mail server the text message.
/// </summary>
public static class CitizenChannels
{
    /// <summary>The message itself when it has one channel; otherwise the message keeping the email, and a copy with the phone.</summary>
    public static IReadOnlyList<OutboxMessageRecord> PerChannel(OutboxMessageRecord message)
    {
        if (string.IsNullOrWhiteSpace(message.Email) || string.IsNullOrWhiteSpace(message.Phone))
        {
            return [message];
        }

        var text = new OutboxMessageRecord
        {
            Id = message.Id == Guid.Empty ? Guid.Empty : Guid.CreateVersion7(),
            DossierId = message.DossierId,
            Topic = message.Topic,
            RecipientKind = message.RecipientKind,
            RecipientId = message.RecipientId,
            Phone = message.Phone,
            Subject = message.Subject,
            Body = message.Body,
            Status = message.Status,
            CreatedAt = message.CreatedAt,
            NextAttemptAt = message.NextAttemptAt,
        };
        message.Phone = null;
        return [message, text];
    }
}
