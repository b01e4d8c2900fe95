namespace Workflow.Engine.Reporting;

/// <summary>
/// One unit's punctuality: <see cref="Own"/> counts what the unit itself did (what counts against it),
/// <see cref="Total"/> adds its sub-units (a dossier late at two sub-units is counted at each).
/// </summary>
public sealed record UnitPunctualityRow(string UnitId, string? Code, string Name, int Depth, UnitPunctualityFigures Own, UnitPunctualityFigures Total);
