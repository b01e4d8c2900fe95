namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Waits for the citizen, then goes on to <see cref="Next"/>; what it waits for and next are required.</summary>
public sealed class WaitStep : TypedStep
{
    internal WaitStep(StepDefinition definition)
        : base(definition, StepKind.Wait)
    {
        WaitFor = RequiredValue(definition.WaitFor, "waitFor");
        Next = Required(definition.Next, "next");
    }

    public WaitReason WaitFor { get; }

    public ClockEffect? Clock => Definition.Clock;

    /// <summary>The citizen's own deadline, in working days from the start of the wait; none when absent.</summary>
    public DurationSpec? Duration => Definition.Duration;

    public IReadOnlyList<DurationSpec> RemindBefore => Definition.RemindBefore;

    public CitizenDeadlineEffect? OnExpiry => Definition.OnExpiry;

    public string Next { get; }
}
