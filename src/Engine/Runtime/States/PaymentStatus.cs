namespace Workflow.Engine.Runtime.States;

public enum PaymentStatus
{
    /// <summary>Started at a gateway, not confirmed yet.</summary>
    Pending,

    Confirmed,

    /// <summary>The gateway reported that the payment did not go through.</summary>
    Failed,
}
