using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One line of a dossier's append-only journal. Each line carries the hash of the one before
/// it, so editing, inserting or deleting a line breaks the chain where it happened.
/// </summary>
public sealed class JournalEntryRecord
{
    public long Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>1, 2, 3... within the dossier; unique with the dossier id.</summary>
    public int Sequence { get; set; }

    public DateTime At { get; set; }

    public string Command { get; set; } = "";

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public string? ActorUnitId { get; set; }

    public string? ActorRole { get; set; }

    public int? FromStatus { get; set; }

    public int ToStatus { get; set; }

    public string? FromState { get; set; }

    public string ToState { get; set; } = "";

    public Guid? WorkItemId { get; set; }

    public string? StepId { get; set; }

    public string? HandoffFromUnitId { get; set; }

    public string? HandoffToUnitId { get; set; }

    public Punctuality? HandoffPunctuality { get; set; }

    public string? Reason { get; set; }

    /// <summary>Anything else the command wants on record (outcome, new due instant...), as JSON.</summary>
    public string? DetailJson { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
