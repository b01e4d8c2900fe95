namespace Workflow.Engine.Notifications;

/// <param name="OutboxId">The outbox message it delivers: every attempt carries it as its idempotency key, so a gateway can drop a copy sent twice.</param>
public sealed record SmsMessage(string Phone, string Text, Guid? OutboxId = null);
