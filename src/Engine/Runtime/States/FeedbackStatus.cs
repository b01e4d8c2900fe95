namespace Workflow.Engine.Runtime.States;

public enum FeedbackStatus
{
    /// <summary>Received, waiting for the unit it was assigned to.</summary>
    Open,

    Answered,
}
