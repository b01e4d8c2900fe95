namespace Workflow.Engine.Definitions.Model;

public enum FeeKind
{
    /// <summary>Lệ phí: a state charge for the administrative act.</summary>
    Charge,

    /// <summary>Phí: a fee for a service.</summary>
    Fee,
}
