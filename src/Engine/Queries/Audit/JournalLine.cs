using System.Text.Json;
using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Queries.Audit;

/// <summary>One journal entry exactly as recorded, with its hashes and whether its link in the chain holds.</summary>
public sealed record JournalLine(
    long Id,
    int Sequence,
    DateTimeOffset At,
    string Command,
    string? ActorId,
    string? ActorName,
    string? ActorUnitId,
    string? ActorRole,
    int? FromStatus,
    int ToStatus,
    string? FromState,
    string ToState,
    Guid? WorkItemId,
    string? StepId,
    string? HandoffFromUnitId,
    string? HandoffToUnitId,
    Punctuality? HandoffPunctuality,
    string? Reason,
    JsonElement? Detail,
    string PreviousHash,
    string Hash,
    bool HashVerified);
