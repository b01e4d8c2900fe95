namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>
/// A step seen as its kind, with the members the validator requires of that kind typed non-null, so
/// code that runs a valid definition states what it relies on and the compiler checks the rest.
/// Built by <see cref="StepViews"/>; a definition that skipped validation fails there, naming the
/// step and the member, instead of with a null reference further on.
/// </summary>
public abstract class TypedStep
{
    private protected TypedStep(StepDefinition definition, StepKind kind)
    {
        if (definition.Kind != kind)
        {
            throw new InvalidStepException(definition, $"is a {StepViews.Name(definition.Kind)} step, not a {StepViews.Name(kind)} step");
        }

        Definition = definition;
    }

    /// <summary>The step as the definition file gives it.</summary>
    public StepDefinition Definition { get; }

    public string Id => Definition.Id;

    public string Name => Definition.Name;

    public StepKind Kind => Definition.Kind;

    private protected T Required<T>(T? value, string member)
        where T : class =>
        value ?? throw Missing(member);

    private protected T RequiredValue<T>(T? value, string member)
        where T : struct =>
        value ?? throw Missing(member);

    private InvalidStepException Missing(string member) =>
        new(Definition, $"has no \"{member}\", which every {StepViews.Name(Definition.Kind)} step needs");
}
