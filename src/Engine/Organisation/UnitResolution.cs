namespace Workflow.Engine.Organisation;

/// <summary>
/// The answer to "which unit of kind K handles a dossier received at unit R on date D": the
/// unit when there is exactly one, otherwise the reason, always with a plain sentence
/// (<see cref="Explanation"/>) an officer or auditor can read.
/// </summary>
/// <param name="KindId">The kind asked for.</param>
/// <param name="ReceivingUnitId">The unit the dossier was received at, as asked.</param>
/// <param name="Date">The local date the organisation was consulted for.</param>
/// <param name="Unit">The unit found, when <see cref="Outcome"/> is <see cref="UnitResolutionOutcome.Resolved"/>.</param>
/// <param name="Rule">The rule that found the unit or met the ambiguity; null when neither happened.</param>
/// <param name="Via">The unit the rule matched on: the unit served, or the ancestor whose branch held the unit.</param>
/// <param name="Candidates">When ambiguous, the units that fit equally well.</param>
/// <param name="TakenOverBy">When the receiving unit had ended by the date, the successors the search started from instead.</param>
/// <param name="Explanation">Why this unit, or why none: a sentence in the requested language.</param>
public sealed record UnitResolution(
    UnitResolutionOutcome Outcome,
    string KindId,
    string ReceivingUnitId,
    DateOnly Date,
    UnitRecord? Unit,
    UnitResolutionRule? Rule,
    UnitRecord? Via,
    IReadOnlyList<UnitRecord> Candidates,
    IReadOnlyList<UnitRecord> TakenOverBy,
    string Explanation)
{
    public bool IsResolved => Outcome == UnitResolutionOutcome.Resolved;

    public override string ToString() => Explanation;
}
