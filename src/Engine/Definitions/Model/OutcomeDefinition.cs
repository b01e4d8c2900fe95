namespace Workflow.Engine.Definitions.Model;

/// <summary>A choice an officer makes when completing a task, and the step it leads to.</summary>
public sealed record OutcomeDefinition
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public OutcomeKind Kind { get; init; }

    public string To { get; init; } = "";

    /// <summary>The officer must write why (always true for rework, supplement, reject and stop).</summary>
    public bool RequiresComment { get; init; }
}
