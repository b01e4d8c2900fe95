namespace Workflow.Engine.Runtime.States;

/// <summary>How the citizen receives the result (Decision 45/2016 for the postal service).</summary>
public enum ResultDelivery
{
    Desk,
    Online,
    Post,
}
