namespace Workflow.Engine.Runtime.States;

public enum RecipientKind
{
    Citizen,
    Officer,

    /// <summary>Everyone holding a given role at a unit (e.g. the unit head, the one-stop desk).</summary>
    Unit,
}
