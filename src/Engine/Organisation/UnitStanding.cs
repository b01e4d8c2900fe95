namespace Workflow.Engine.Organisation;

/// <summary>
/// How a unit stands on a date, as both the resolver (for a receiving unit) and the definition
/// validator (for a unit a step is fixed to) need it.
/// </summary>
/// <param name="Kind">Where the date falls in the unit's history.</param>
/// <param name="Record">
/// The record in force; when none is, the nearest one: the first record (not yet started), the
/// record before the gap, or the last record (ended). Null for an unknown unit.
/// </param>
/// <param name="Resumes">When the date falls before the unit's records or in a gap, the record that starts next.</param>
/// <param name="Successors">When the unit had ended, the units in force on the date that carry on its dossiers, following successors of successors.</param>
public sealed record UnitStanding(UnitStandingKind Kind, UnitRecord? Record, UnitRecord? Resumes, IReadOnlyList<UnitRecord> Successors)
{
    public bool IsInForce => Kind == UnitStandingKind.InForce;
}
