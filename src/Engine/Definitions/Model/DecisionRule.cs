namespace Workflow.Engine.Definitions.Model;

/// <summary>If the condition on the dossier data holds, go to <see cref="To"/>; rules are tried in order.</summary>
public sealed record DecisionRule
{
    public string When { get; init; } = "";

    public string To { get; init; } = "";
}
