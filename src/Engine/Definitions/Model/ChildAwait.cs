namespace Workflow.Engine.Definitions.Model;

/// <summary>Whether a dossier that files a linked dossier (liên thông) waits for it, and for what.</summary>
public enum ChildAwait
{
    /// <summary>The parent goes on at once; the child runs on its own.</summary>
    None,

    /// <summary>The parent waits until the child ends, whatever its result, then goes to <c>next</c>.</summary>
    Ended,

    /// <summary>The parent waits for the child's result: issued goes to <c>next</c>, any other end to <c>otherwise</c>.</summary>
    Issued,
}
