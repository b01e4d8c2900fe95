namespace Workflow.Engine.Runtime.States;

public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
