using Microsoft.Extensions.Logging;

namespace Workflow.Engine.Notifications;

/// <summary>
/// What outbox delivery logs. A message is named by id, topic and dossier id; the error by its
/// type only, since a mail server's or gateway's answer may quote an address or a phone number
/// (the full text is kept on the message, where administrators see it).
/// </summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({Topic}) of dossier {DossierId} was not delivered (attempt {Attempt} of {MaxAttempts}, {ErrorType}); it is tried again at {RetryAt:o}")]
    public static partial void DeliveryFailed(this ILogger logger, Guid messageId, string topic, Guid? dossierId, int attempt, int maxAttempts, string errorType, DateTime retryAt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({Topic}) of dossier {DossierId} was not delivered after {Attempt} attempts ({ErrorType}) and is marked failed")]
    public static partial void DeliveryAbandoned(this ILogger logger, Guid messageId, string topic, Guid? dossierId, int attempt, string errorType);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error,
        Message = "Outbox delivery: a pass failed; trying again in {RetryDelay}")]
    public static partial void PassFailed(this ILogger logger, Exception error, TimeSpan retryDelay);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug,
        Message = "Outbox message {MessageId} was leased by another node first; skipped")]
    public static partial void LeaseTaken(this ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Outbox message {MessageId} was not sent (the node stopped, or the database did not answer); given back so it is sent now")]
    public static partial void GivenBack(this ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} could not be given back while stopping; it is sent again once its lease ({Lease}) runs out")]
    public static partial void NotGivenBack(this ILogger logger, Exception error, Guid messageId, TimeSpan lease);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "Outbox message {MessageId}: its outcome was not recorded, since its lease had run out and another node holds it or sent it")]
    public static partial void LeaseAlreadyTaken(this ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} (sent: {Sent}): the database did not answer, so this is recorded at the next pass; if the lease ending {LeaseUntil:o} runs out first, the message is sent again")]
    public static partial void OutcomeNotRecorded(this ILogger logger, Guid messageId, bool sent, DateTime leaseUntil);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information,
        Message = "Outbox message {MessageId} was sent but not recorded at once (the node was stopping, or the database did not answer); now recorded as sent")]
    public static partial void RecordedSent(this ILogger logger, Guid messageId);
}
