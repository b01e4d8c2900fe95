namespace Workflow.Engine.Runtime.States;

public enum WorkItemStatus
{
    Open,
    Completed,

    /// <summary>Closed without being done: a branch after an "any" join, or the dossier ended.</summary>
    Cancelled,
}
