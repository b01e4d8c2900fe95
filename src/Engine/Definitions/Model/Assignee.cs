namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// Who does a task: a role at a unit kind, resolved from the dossier's receiving unit
/// (the receiving commune itself, the branch that serves it, its province's department...),
/// or, rarely, at one fixed unit.
/// </summary>
public sealed record Assignee
{
    public string Role { get; init; } = "";

    public string UnitKind { get; init; } = "";

    /// <summary>A fixed unit id, when the step is always done by the same unit.</summary>
    public string? Unit { get; init; }
}
