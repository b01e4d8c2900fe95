namespace Workflow.Engine.Persistence.Entities;

/// <summary>A dossier chain's last entry as sealed by one checkpoint.</summary>
public sealed class JournalCheckpointHeadRecord
{
    public long CheckpointId { get; set; }

    public Guid DossierId { get; set; }

    public int Sequence { get; set; }

    public string Hash { get; set; } = "";
}
