using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>One journal line as officers read it (the auditor's view adds hashes and details).</summary>
public sealed record HistoryEntry(
    int Sequence,
    DateTimeOffset At,
    string Command,
    string? ActorName,
    string? ActorUnitId,
    string? ActorRole,
    int? FromStatus,
    int ToStatus,
    string? StepId,
    string? HandoffFromUnitId,
    string? HandoffToUnitId,
    Punctuality? HandoffPunctuality,
    string? Reason);
