namespace Workflow.Engine.Runtime.Errors;

/// <summary>
/// A command that cannot be carried out, with a sentence for the person who tried it and,
/// when one input is at fault, the name of that input. Nothing was written.
/// </summary>
public class WorkflowException(WorkflowErrorKind kind, string code, string message, string? field = null) : Exception(message)
{
    public WorkflowErrorKind Kind { get; } = kind;

    /// <summary>A stable code, e.g. <c>task-already-completed</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The input at fault, when there is one (e.g. <c>outcome</c>).</summary>
    public string? Field { get; } = field;
}
