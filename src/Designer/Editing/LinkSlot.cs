namespace Workflow.Designer.Editing;

/// <summary>Which member of a step a link leaves from, i.e. which member a connection writes.</summary>
public enum LinkSlot
{
    /// <summary>A task's outcome (<c>outcomes[i].to</c>).</summary>
    Outcome,

    /// <summary>A new outcome, added when a link is drawn from the task's "+" port.</summary>
    NewOutcome,

    /// <summary>A parallel step's branch (<c>branches[i]</c>).</summary>
    Branch,

    /// <summary>A new branch of a parallel step.</summary>
    NewBranch,

    /// <summary>The join that closes a parallel step's branches (<c>join</c>).</summary>
    Join,

    /// <summary>Where a join, wait or file step continues (<c>next</c>).</summary>
    Next,

    /// <summary>A decision rule (<c>rules[i].to</c>).</summary>
    Rule,

    /// <summary>A new decision rule.</summary>
    NewRule,

    /// <summary>Where a decision goes when no rule holds, or a file step when the linked dossier ends without a result (<c>otherwise</c>).</summary>
    Otherwise,
}
