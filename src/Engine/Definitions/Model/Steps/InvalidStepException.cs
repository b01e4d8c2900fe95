namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>
/// A step lacks what its kind requires: the definition did not pass the validator, which refuses
/// such steps before anything runs them. A defect of the caller, not of the citizen's dossier.
/// </summary>
public sealed class InvalidStepException(StepDefinition step, string problem)
    : InvalidOperationException($"The step \"{step.Id}\" {problem}; only a validated definition can be run.")
{
    public string StepId { get; } = step.Id;
}
