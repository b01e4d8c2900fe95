namespace Workflow.Engine.Definitions.Model;

/// <summary>Which part of the dossier lifecycle a task belongs to; drives the national status code.</summary>
public enum StepPhase
{
    /// <summary>At the one-stop desk, before the dossier is handed to the competent unit (status 2).</summary>
    Intake,

    /// <summary>Being resolved by the competent units (status 4).</summary>
    Processing,

    /// <summary>The result is ready and waits to be returned to the citizen (status 9).</summary>
    Return,
}
