using System.Globalization;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Reporting;

/// <summary>
/// The organisation as it stood during a report's period. Each unit is placed where it was on the
/// last day of the period it existed (so a commune abolished mid-year still rolls up into its old
/// district, and old dossiers keep their old agencies); a unit that ended before the period is placed
/// where it was on its last day.
/// </summary>
internal sealed class UnitHierarchy
{
    private readonly OrganisationModel? _organisation;
    private readonly ReportPeriod _period;
    private readonly Dictionary<string, IReadOnlyList<string>> _chains = new(StringComparer.Ordinal);

    public UnitHierarchy(OrganisationModel? organisation, ReportPeriod period)
    {
        _organisation = organisation;
        _period = period;
    }

    /// <summary>The local date at which the unit's place and name are read.</summary>
    public DateOnly? ReferenceDate(string unitId)
    {
        var history = _organisation?.HistoryOf(unitId) ?? [];
        if (history.Count == 0)
        {
            return null;
        }

        var overlapping = history.Where(r => r.ValidFrom <= _period.To && (r.ValidTo is null || r.ValidTo > _period.From)).ToList();
        if (overlapping.Count > 0)
        {
            var last = overlapping[^1];
            return last.ValidTo is { } to && to.AddDays(-1) < _period.To ? to.AddDays(-1) : _period.To;
        }

        var before = history.Where(r => r.ValidTo is { } to && to <= _period.From).ToList();
        return before.Count > 0 ? before[^1].ValidTo!.Value.AddDays(-1) : history[0].ValidFrom;
    }

    public UnitRecord? Record(string unitId) =>
        ReferenceDate(unitId) is { } date ? _organisation!.UnitAt(unitId, date) : null;

    /// <summary>The unit, its parent, its parent's parent... as at the unit's reference date.</summary>
    public IReadOnlyList<string> Chain(string unitId)
    {
        if (_chains.TryGetValue(unitId, out var chain))
        {
            return chain;
        }

        var ids = new List<string> { unitId };
        if (ReferenceDate(unitId) is { } date)
        {
            ids.AddRange(_organisation!.AncestorsAt(unitId, date).Select(a => a.Id));
        }

        _chains[unitId] = ids;
        return ids;
    }

    /// <summary>Every unit id placed under <paramref name="scopeUnitId"/> (itself included).</summary>
    public IReadOnlyCollection<string> Within(string scopeUnitId)
    {
        var ids = (_organisation?.UnitIds ?? []).Where(id => Chain(id).Contains(scopeUnitId, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        ids.Add(scopeUnitId);
        return ids;
    }

    public string NameOf(string unitId, CultureInfo? culture) => Record(unitId)?.DisplayName(culture) ?? unitId;

    public string? CodeOf(string unitId) => Record(unitId)?.Code;

    /// <summary>
    /// Orders the units depth-first under their parents (siblings by agency code), starting at the
    /// top units, or at <paramref name="scopeUnitId"/> when given. Yields each unit with its depth.
    /// </summary>
    public IEnumerable<(string UnitId, int Depth)> Tree(IEnumerable<string> unitsWithData, string? scopeUnitId)
    {
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var unit in unitsWithData)
        {
            var chain = Chain(unit);
            var stop = scopeUnitId is null ? chain.Count : chain.ToList().IndexOf(scopeUnitId) + 1;
            if (stop == 0)
            {
                continue;
            }

            for (var i = 0; i < stop; i++)
            {
                parentOf[chain[i]] = i + 1 < stop ? chain[i + 1] : null;
            }
        }

        var children = parentOf.Where(p => p.Value is not null).GroupBy(p => p.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sorted(g.Select(p => p.Key)), StringComparer.Ordinal);
        var roots = Sorted(parentOf.Where(p => p.Value is null).Select(p => p.Key));
        var stack = new Stack<(string UnitId, int Depth)>(roots.AsEnumerable().Reverse().Select(r => (r, 0)));
        while (stack.TryPop(out var node))
        {
            yield return node;
            foreach (var child in children.GetValueOrDefault(node.UnitId, []).AsEnumerable().Reverse())
            {
                stack.Push((child, node.Depth + 1));
            }
        }
    }

    private List<string> Sorted(IEnumerable<string> ids) =>
        ids.OrderBy(id => CodeOf(id) ?? "\uffff", StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal).ToList();
}
