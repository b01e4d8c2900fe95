namespace Workflow.Engine.Runtime.States;

public enum WorkItemKind
{
    /// <summary>A step of the process done by an officer.</summary>
    Task,

    /// <summary>The desk's check of a dossier submitted online or by post.</summary>
    IntakeCheck,

    /// <summary>Waiting for the citizen: a supplement or a payment.</summary>
    Wait,

    /// <summary>Waiting for a linked dossier (liên thông) this one filed at another unit.</summary>
    Linked,
}
