namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Starts its branches at once; <see cref="Join"/> (required) names the step that joins them.</summary>
public sealed class ParallelStep : TypedStep
{
    internal ParallelStep(StepDefinition definition)
        : base(definition, StepKind.Parallel)
    {
        Join = Required(definition.Join, "join");
    }

    public IReadOnlyList<string> Branches => Definition.Branches;

    public string Join { get; }

    public DurationSpec? Deadline => Definition.Deadline;

    public ConsultationDeadlineEffect? OnDeadline => Definition.OnDeadline;

    public string? EscalateTo => Definition.EscalateTo;
}
