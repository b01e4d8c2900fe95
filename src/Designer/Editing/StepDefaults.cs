namespace Workflow.Designer.Editing;

/// <summary>
/// What a new task is given before the analyst chooses: a role at a unit kind (usually the receiving
/// unit's desk officer); a new file step files <see cref="Linked"/> when one is offered.
/// </summary>
public sealed record StepDefaults(string Role, string UnitKind)
{
    /// <summary>The procedure a new file step starts with (received at its own unit kind, its required fields passed on).</summary>
    public LinkedProcedureChoice? Linked { get; init; }

    public static StepDefaults For(DefinitionDocument document, IReadOnlyCollection<string>? rolesOfReceivingKind = null)
    {
        var kind = (string?)document.Root["receivingUnitKind"] ?? "commune";
        var role = rolesOfReceivingKind switch
        {
            { Count: > 0 } roles when roles.Contains("specialist") => "specialist",
            { Count: > 0 } roles => roles.First(),
            _ => "specialist",
        };
        return new StepDefaults(role, kind);
    }
}
