namespace Workflow.Engine.Runtime.States;

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Given up after the last retry; kept for an administrator to see.</summary>
    Failed,
}
