namespace Workflow.Engine.Definitions.Model;

public enum JoinMode
{
    /// <summary>Continue when every branch has finished.</summary>
    All,

    /// <summary>Continue when the first branch finishes; the others are closed.</summary>
    Any,

    /// <summary>Continue when <c>count</c> branches have finished; the others are closed.</summary>
    Count,
}
