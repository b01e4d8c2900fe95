namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A seal over the heads of the dossier chains that changed since the previous checkpoint,
/// itself chained to that checkpoint: deleting a whole dossier or rewriting a chain from its
/// first line is then detected too.
/// </summary>
public sealed class JournalCheckpointRecord
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The highest journal entry id covered.</summary>
    public long UpToEntryId { get; set; }

    public int HeadCount { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
