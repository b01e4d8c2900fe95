namespace Workflow.Engine.Notifications;

/// <param name="OutboxId">The outbox message it delivers: every attempt carries it as its Message-ID, so a copy sent twice reads as one.</param>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, Guid? OutboxId = null);
