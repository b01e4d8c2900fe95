namespace Workflow.Engine.Runtime;

public enum ActorKind
{
    Officer,
    Citizen,
    System,
}
