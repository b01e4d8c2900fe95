namespace Workflow.Engine.Audit;

/// <summary>What kind of damage the verifier found in the journal.</summary>
public enum JournalBreakKind
{
    /// <summary>An entry's content no longer matches its own hash.</summary>
    Edited,

    /// <summary>Entries are missing: a gap in the numbering, or a link to a predecessor that is not there.</summary>
    Deleted,

    /// <summary>An entry was put in that the chain does not expect (its link does not match the entry before it).</summary>
    Inserted,

    /// <summary>A sealed dossier chain has vanished, wholly or from some entry on.</summary>
    DossierRemoved,

    /// <summary>A sealed chain head no longer matches: the chain was rewritten.</summary>
    Rewritten,

    /// <summary>A checkpoint itself was altered or removed.</summary>
    CheckpointBroken,
}
