namespace Workflow.Engine.Definitions.Model;

/// <summary>What waiting for the citizen does to the dossier's statutory clock.</summary>
public enum ClockEffect
{
    /// <summary>The clock keeps running.</summary>
    Run,

    /// <summary>The clock stops and resumes with the time that was left.</summary>
    Pause,

    /// <summary>The full statutory time counts again from zero when the citizen has answered.</summary>
    Restart,
}
