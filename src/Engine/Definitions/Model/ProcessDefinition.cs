namespace Workflow.Engine.Definitions.Model;

/// <summary>The internal process: steps and how they connect, starting at <see cref="Start"/>.</summary>
public sealed record ProcessDefinition
{
    public string Start { get; init; } = "";

    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];

    public StepDefinition? Find(string id) => Steps.FirstOrDefault(s => s.Id == id);
}
