using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>An outcome as the step panel edits it.</summary>
public sealed record OutcomeDraft(string Id, string Name, OutcomeKind Kind, string To, bool RequiresComment)
{
    /// <summary>Rework, supplement, reject and stop always need the officer's reason (docs/procedures.md).</summary>
    public static bool KindNeedsComment(OutcomeKind kind) => kind is OutcomeKind.Rework or OutcomeKind.Supplement or OutcomeKind.Reject or OutcomeKind.Stop;
}
