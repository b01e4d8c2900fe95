namespace Workflow.Engine.Runtime.States;

public enum TimerKind
{
    /// <summary>A step is due soon: remind the assignee.</summary>
    StepReminder,

    /// <summary>A step passed its due instant.</summary>
    StepOverdue,

    /// <summary>The dossier is one working day from its deadline: the late unit must apologise by now.</summary>
    DossierNearDue,

    /// <summary>The dossier passed its deadline.</summary>
    DossierOverdue,

    /// <summary>A consultation's deadline passed: what its parallel step's <c>onDeadline</c> says happens.</summary>
    ConsultationDeadline,

    /// <summary>The citizen's deadline on a wait is near: remind the citizen (one timer per <c>remindBefore</c>).</summary>
    CitizenReminder,

    /// <summary>The citizen's deadline on a wait passed: what the wait step's <c>onExpiry</c> says happens.</summary>
    CitizenDeadline,
}
