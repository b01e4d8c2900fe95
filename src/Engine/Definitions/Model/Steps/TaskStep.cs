namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Work an officer does, with its assignee and processing time (both required).</summary>
public sealed class TaskStep : TypedStep
{
    internal TaskStep(StepDefinition definition)
        : base(definition, StepKind.Task)
    {
        Assignee = Required(definition.Assignee, "assignee");
        Duration = Required(definition.Duration, "duration");
    }

    public Assignee Assignee { get; }

    public DurationSpec Duration { get; }

    public StepPhase Phase => Definition.Phase;

    public IReadOnlyList<OutcomeDefinition> Outcomes => Definition.Outcomes;
}
