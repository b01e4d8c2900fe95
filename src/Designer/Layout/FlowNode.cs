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
}
