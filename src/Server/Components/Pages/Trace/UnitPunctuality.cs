using Workflow.Engine.Deadlines;

namespace Workflow.Server.Components.Pages.Trace;

/// <summary>How one unit handed the dossier on: how many times early, on time and late.</summary>
public sealed record UnitPunctuality(string UnitId, int Early, int OnTime, int Late)
{
    public static IReadOnlyList<UnitPunctuality> Of(IEnumerable<(string? Giver, Punctuality? Punctuality)> handoffs) =>
        handoffs.Where(h => h.Giver is not null && h.Punctuality is not null)
            .GroupBy(h => h.Giver!, StringComparer.Ordinal)
            .Select(g => new UnitPunctuality(g.Key,
                g.Count(h => h.Punctuality == Punctuality.Early),
                g.Count(h => h.Punctuality == Punctuality.OnTime),
                g.Count(h => h.Punctuality == Punctuality.Late)))
            .ToList();
}
