namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// When a unit exists, as the definition validator needs it for a step fixed to that unit: from
/// its first record's start to its last record's end (exclusive; none while it is in force), and
/// the units that took over from it.
/// </summary>
public sealed record UnitLifetime(string UnitId, string Name, DateOnly From, DateOnly? To, IReadOnlyList<string> Successors)
{
    public bool IsInForceOn(DateOnly date) => date >= From && (To is null || date < To.Value);
}
