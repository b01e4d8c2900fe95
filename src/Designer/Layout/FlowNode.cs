namespace Workflow.Designer.Layout;

/// <summary>A step as the diagram shows it, read from the JSON as it stands (even when it has errors).</summary>
public sealed record FlowNode(
    string StepId,
    string Name,
    string Kind,
    string? Role,
    string? UnitKind,
    string? FixedUnit,
    decimal? DurationValue,
    string? DurationUnit,
    string? Phase,
    string? JoinMode,
    int? JoinCount,
    string? WaitFor,
    string? Clock,
    string? Result,
    IReadOnlyList<FlowPort> Ports)
{
    public bool IsEnd => Kind == "end";

    /// <summary>For a file step: the procedure whose dossier it files (its receiver is <see cref="UnitKind"/> / <see cref="FixedUnit"/>).</summary>
    public string? LinkedProcedure { get; init; }

    /// <summary>For a file step: whether it waits for the linked dossier (<c>none</c>, <c>ended</c>, <c>issued</c>; none when absent).</summary>
    public string? Await { get; init; }
}
