namespace Workflow.Engine.Definitions.Model;

public enum StepKind
{
    /// <summary>Work an officer does: claimed from a unit's inbox and completed with an outcome.</summary>
    Task,

    /// <summary>Starts several branches at once (consultation of several units).</summary>
    Parallel,

    /// <summary>Waits for the branches of a parallel step: all, any, or a count of them.</summary>
    Join,

    /// <summary>Chooses the next step from the dossier data.</summary>
    Decision,

    /// <summary>Waits for the citizen: supplementary documents or a payment.</summary>
    Wait,

    /// <summary>The dossier's process ends here.</summary>
    End,

    /// <summary>Files a dossier of another procedure at another unit (liên thông) and, if it says so, waits for it.</summary>
    File,
}
