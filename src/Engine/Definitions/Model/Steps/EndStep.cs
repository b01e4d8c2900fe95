namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Ends the dossier's process with its <see cref="Result"/> (required).</summary>
public sealed class EndStep : TypedStep
{
    internal EndStep(StepDefinition definition)
        : base(definition, StepKind.End)
    {
        Result = RequiredValue(definition.Result, "result");
    }

    public EndResult Result { get; }
}
