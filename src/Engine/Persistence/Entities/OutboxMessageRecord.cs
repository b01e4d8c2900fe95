using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>A notification to send, written in the command's transaction and delivered later with retries.</summary>
public sealed class OutboxMessageRecord
{
    public Guid Id { get; set; }

    public Guid? DossierId { get; set; }

    /// <summary>What happened, e.g. <c>dossier-accepted</c>, <c>task-assigned</c>, <c>step-due-soon</c>.</summary>
    public string Topic { get; set; } = "";

    public RecipientKind RecipientKind { get; set; }

    /// <summary>Officer id or unit id, for officer and unit recipients.</summary>
    public string? RecipientId { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
