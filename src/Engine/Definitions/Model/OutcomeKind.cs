namespace Workflow.Engine.Definitions.Model;

public enum OutcomeKind
{
    /// <summary>Agree and pass the dossier on.</summary>
    Approve,

    /// <summary>Hand the dossier to another unit or person without a decision.</summary>
    Forward,

    /// <summary>Send back to an earlier step to be redone.</summary>
    Rework,

    /// <summary>Ask the citizen for supplementary documents (status 5).</summary>
    Supplement,

    /// <summary>Ask other units for their opinion (leads to a parallel step).</summary>
    Consult,

    /// <summary>Refuse to resolve the dossier.</summary>
    Reject,

    /// <summary>Stop processing (status 8).</summary>
    Stop,
}
