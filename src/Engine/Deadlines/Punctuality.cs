namespace Workflow.Engine.Deadlines;

/// <summary>How a finished step or dossier compares with its due instant (DOMAIN: early, on time, late).</summary>
public enum Punctuality
{
    /// <summary>Finished before the local day of the due instant.</summary>
    Early,

    /// <summary>Finished on the due day, not after the due instant.</summary>
    OnTime,

    /// <summary>Finished after the due instant.</summary>
    Late,
}
