namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// The unit that receives a linked dossier: a unit kind resolved from the parent's receiving unit as
/// assignees are (the unit itself, the unit serving it, or the nearest one up), or one fixed unit.
/// </summary>
public sealed record ChildReceiver
{
    public string UnitKind { get; init; } = "";

    public string? Unit { get; init; }
}
