namespace Workflow.Engine.Definitions.Interchange;

/// <summary>What importing one row would do (a dry run) or did.</summary>
public enum ImportOutcome
{
    /// <summary>A new procedure: its draft v1.</summary>
    Created,

    /// <summary>An existing procedure whose facts differ: a draft of its next version (or its open draft, updated).</summary>
    Changed,

    /// <summary>The facts are those of the procedure's newest version: nothing to write.</summary>
    Unchanged,

    /// <summary>The row cannot be taken; its issues say why. Nothing is written for it.</summary>
    Refused,
}
