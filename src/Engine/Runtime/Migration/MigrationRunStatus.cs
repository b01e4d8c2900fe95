namespace Workflow.Engine.Runtime.Migration;

/// <summary>Where a prepared migration stands.</summary>
public enum MigrationRunStatus
{
    /// <summary>An analyst prepared it; no leader has run it yet.</summary>
    Prepared,

    /// <summary>A leader started it; some dossiers still wait (the run was cut short, or they belong to another unit's leader).</summary>
    Running,

    /// <summary>Every dossier it took up was moved or refused.</summary>
    Finished,
}
