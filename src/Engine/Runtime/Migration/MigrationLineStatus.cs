namespace Workflow.Engine.Runtime.Migration;

/// <summary>What the dry run expects for one running dossier.</summary>
public enum MigrationLineStatus
{
    /// <summary>Every open step has a place in the target version: the run moves it.</summary>
    Ready,

    /// <summary>An open step has no place yet: the mapping must say where it goes.</summary>
    NeedsMapping,

    /// <summary>The dossier is inside parallel branches: it can move once they have joined.</summary>
    InsideBranches,
}
