using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>One portal message as administrators see it: its key, what it reports, where it stands and, when it failed, the receiver's answer.</summary>
public sealed record PortalMessageLine(
    Guid Id,
    Guid? DossierId,
    string Key,
    string Kind,
    int Sequence,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError);
