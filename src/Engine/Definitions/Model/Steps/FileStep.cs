namespace Workflow.Engine.Definitions.Model.Steps;

/// <summary>
/// Files a dossier of <see cref="Procedure"/> at the <see cref="Receiver"/> (liên thông) and goes on to
/// <see cref="Next"/>; those three are required, <see cref="Otherwise"/> only when it awaits the result.
/// </summary>
public sealed class FileStep : TypedStep
{
    internal FileStep(StepDefinition definition)
        : base(definition, StepKind.File)
    {
        Procedure = Required(definition.Procedure, "procedure");
        Receiver = Required(definition.Receiver, "receiver");
        Next = Required(definition.Next, "next");
    }

    public string Procedure { get; }

    public ChildReceiver Receiver { get; }

    public IReadOnlyList<string> Pass => Definition.Pass;

    public ChildAwait Await => Definition.Await ?? ChildAwait.None;

    public string Next { get; }

    public string? Otherwise => Definition.Otherwise;
}
