namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>Waits for the branches of a parallel step, then goes on to <see cref="Next"/>; mode and next are required.</summary>
public sealed class JoinStep : TypedStep
{
    internal JoinStep(StepDefinition definition)
        : base(definition, StepKind.Join)
    {
        Mode = RequiredValue(definition.Mode, "mode");
        Next = Required(definition.Next, "next");
    }

    public JoinMode Mode { get; }

    /// <summary>How many branches must arrive, for <see cref="JoinMode.Count"/>.</summary>
    public int? Count => Definition.Count;

    public string Next { get; }
}
