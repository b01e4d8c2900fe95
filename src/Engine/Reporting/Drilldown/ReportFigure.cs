namespace Workflow.Engine.Reporting.Drilldown;

/// <summary>
/// A figure of <see cref="DossierFigures"/> counted per dossier, whose dossiers can be listed
/// (<see cref="ReportDossierQuery"/>). Journal-event counts (supplement requests, requests to
/// complete, apologies) count events, not dossiers, and are not listed here.
/// </summary>
public enum ReportFigure
{
    /// <summary><see cref="DossierFigures.Received"/>: carried over plus accepted in the period.</summary>
    Received,
    CarriedOver,
    NewReceived,
    NewOnline,
    NewAtDesk,
    NewByPost,

    /// <summary>New at the desk or by post: one column of the periodic report (Excel column G).</summary>
    NewAtDeskOrByPost,
    Finished,
    FinishedEarly,
    FinishedOnTime,
    FinishedLate,
    FinishedUnclassified,
    FinishedAfterApology,
    RejectedInProcessing,

    /// <summary><see cref="DossierFigures.ClosedWithoutResult"/>: accepted, then withdrawn or stopped in the period.</summary>
    ClosedWithoutResult,
    InProgress,
    InProgressWithinTime,
    InProgressOverdue,
    Returned,
    Withdrawn,
    RefusedAtIntake,

    /// <summary><see cref="DossierFigures.Ratings"/>: dossiers rated in the period (one rating per dossier).</summary>
    Ratings,
    VerySatisfied,
    Satisfied,
    NotSatisfied,
}
