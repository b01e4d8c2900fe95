namespace Workflow.Engine.Definitions.Model;

/// <summary>The internal process: steps and how they connect, starting at <see cref="Start"/>.</summary>
public sealed record ProcessDefinition
{
    public string Start { get; init; } = "";

    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];

    /// <summary>Named stages grouping the steps, in order; empty when the process has none.</summary>
    public IReadOnlyList<ProcessPhase> Phases { get; init; } = [];

    /// <summary>The phase a step belongs to (the first that lists it), or null.</summary>
    public ProcessPhase? PhaseOf(string stepId) => Phases.FirstOrDefault(p => p.Steps.Contains(stepId, StringComparer.Ordinal));

    public StepDefinition? Find(string id) => Steps.FirstOrDefault(s => s.Id == id);
}
