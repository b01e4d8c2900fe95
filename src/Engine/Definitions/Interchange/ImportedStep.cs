namespace Workflow.Engine.Definitions.Interchange;

/// <summary>One step read from an internal-process table, mapped onto the organisation.</summary>
public sealed record ImportedStep(int Row, int Number, string Id, string Name, string Role, string UnitKind, string? Unit, string DurationText);
