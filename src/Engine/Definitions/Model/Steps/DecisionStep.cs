namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Chooses the next step from the dossier data; <see cref="Otherwise"/> (required) when no rule holds.</summary>
public sealed class DecisionStep : TypedStep
{
    internal DecisionStep(StepDefinition definition)
        : base(definition, StepKind.Decision)
    {
        Otherwise = Required(definition.Otherwise, "otherwise");
    }

    public IReadOnlyList<DecisionRule> Rules => Definition.Rules;

    public string Otherwise { get; }
}
