namespace Workflow.Engine.Runtime.States;

/// <summary>Where a dossier is in its life. The national status code is derived from it and its open items.</summary>
public enum DossierState
{
    /// <summary>Submitted online or by post, waiting for the desk's pre-check (status 1).</summary>
    Submitted,

    /// <summary>Not accepted: the citizen was given one list of what to complete (status 1, clock not started).</summary>
    AwaitingCompletion,

    /// <summary>Refused at intake with a written reason (status 3).</summary>
    RefusedAtIntake,

    /// <summary>Accepted and moving through its process (status 2, 4, 5, 6 or 9 by its open items).</summary>
    InProgress,

    /// <summary>The result was returned to the citizen (status 10).</summary>
    Returned,

    /// <summary>The competent unit refused to resolve it, in writing (status 8).</summary>
    Rejected,

    /// <summary>Processing was stopped (status 8).</summary>
    Stopped,

    /// <summary>Withdrawn at the citizen's request (status 7).</summary>
    Withdrawn,
}
