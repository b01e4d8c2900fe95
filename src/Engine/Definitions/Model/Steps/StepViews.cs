namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>
/// The typed views of a step (<see cref="TypedStep"/>): <c>step.Typed()</c> for a switch over every
/// kind, <c>step.AsTask()</c> and the like where the kind is already known.
/// </summary>
public static class StepViews
{
    /// <summary>The step as its kind's type; a kind this engine does not know is refused, named.</summary>
    public static TypedStep Typed(this StepDefinition step) => step.Kind switch
    {
        StepKind.Task => new TaskStep(step),
        StepKind.Parallel => new ParallelStep(step),
        StepKind.Join => new JoinStep(step),
        StepKind.Decision => new DecisionStep(step),
        StepKind.Wait => new WaitStep(step),
        StepKind.File => new FileStep(step),
        StepKind.End => new EndStep(step),
        _ => throw new InvalidStepException(step, $"has the kind {(int)step.Kind}, which this engine does not know"),
    };

    public static TaskStep AsTask(this StepDefinition step) => new(step);

    public static ParallelStep AsParallel(this StepDefinition step) => new(step);

    public static JoinStep AsJoin(this StepDefinition step) => new(step);

    public static DecisionStep AsDecision(this StepDefinition step) => new(step);

    public static WaitStep AsWait(this StepDefinition step) => new(step);

    public static FileStep AsFile(this StepDefinition step) => new(step);

    public static EndStep AsEnd(this StepDefinition step) => new(step);

    /// <summary>The kind as the definition file spells it.</summary>
    internal static string Name(StepKind kind) => kind.ToString().ToLowerInvariant();
}
