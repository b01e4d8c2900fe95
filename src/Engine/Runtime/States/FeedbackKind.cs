namespace Workflow.Engine.Runtime.States;

public enum FeedbackKind
{
    /// <summary>Phản ánh: a report of a problem (a late dossier, an officer's conduct...).</summary>
    Report,

    /// <summary>Kiến nghị: a recommendation or request to change something.</summary>
    Recommendation,
}
