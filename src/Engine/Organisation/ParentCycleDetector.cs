using System.Globalization;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Finds days on which following parents leads back to where it started. Parents change
/// over time, so a cycle in the union of all parent links is only a candidate: it is real
/// only if its links are in force on one same day. Only units on a candidate cycle are
/// examined day by day, at the days their records start or end (between those days
/// nothing changes), which keeps the check cheap for a whole country's communes.
/// </summary>
internal sealed class ParentCycleDetector(ProblemList problems, CultureInfo? culture)
{
    public void Report(IReadOnlyList<UnitDraft> units)
    {
        var linked = units.Where(u => u.Id is not null && u.Parent is not null && u.Period is not null).ToList();
        var parentsEver = linked
            .GroupBy(u => u.Id!.Value.Id)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Parent!.Value.Id).Distinct().ToList());
        var candidates = parentsEver.Keys.Where(id => ReachesItself(id, parentsEver)).ToHashSet();
        if (candidates.Count == 0)
        {
            return;
        }

        var candidateRecords = linked.Where(u => candidates.Contains(u.Id!.Value.Id)).ToList();
        var days = candidateRecords
            .SelectMany(u => u.Period!.Value.To is { } to ? new[] { u.Period.Value.From, to } : new[] { u.Period.Value.From })
            .Distinct()
            .Order();
        var reported = new HashSet<string>();
        foreach (var day in days)
        {
            var inForce = candidateRecords.Where(u => u.Period!.Value.Contains(day)).ToList();
            // Overlapping records of one id are reported elsewhere; take the first so the walk stays defined.
            var parentOn = inForce.GroupBy(u => u.Id!.Value.Id).ToDictionary(g => g.Key, g => g.First().Parent!.Value.Id);
            foreach (var start in inForce.DistinctBy(u => u.Id!.Value.Id))
            {
                if (CycleFrom(start.Id!.Value.Id, parentOn) is not { } cycle)
                {
                    continue;
                }

                var key = string.Join("|", cycle.Order(StringComparer.Ordinal));
                if (!reported.Add(key))
                {
                    continue;
                }

                // Point at the member that comes first in the file and read the cycle from there.
                var first = inForce.Where(u => cycle.Contains(u.Id!.Value.Id)).MinBy(u => u.Index)!;
                var path = new List<string> { first.Id!.Value.Id };
                var next = parentOn[first.Id!.Value.Id];
                while (next != first.Id!.Value.Id)
                {
                    path.Add(next);
                    next = parentOn[next];
                }

                path.Add(first.Id!.Value.Id);
                problems.Error(OrganisationProblemCodes.ParentCycle, first.Parent!.Value.Token, OrganisationMessages.ParentCycle(path, day, culture));
            }
        }
    }

    private static bool ReachesItself(string id, Dictionary<string, List<string>> parentsEver)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(parentsEver[id]);
        while (pending.TryPop(out var current))
        {
            if (current == id)
            {
                return true;
            }

            if (seen.Add(current) && parentsEver.TryGetValue(current, out var parents))
            {
                foreach (var parent in parents)
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }

    /// <summary>The ids on the cycle reached by following parents from <paramref name="start"/>, if any.</summary>
    private static HashSet<string>? CycleFrom(string start, Dictionary<string, string> parentOn)
    {
        var path = new List<string>();
        var current = start;
        while (true)
        {
            var position = path.IndexOf(current);
            if (position >= 0)
            {
                return path.Skip(position).ToHashSet();
            }

            path.Add(current);
            if (!parentOn.TryGetValue(current, out var parent))
            {
                return null;
            }

            current = parent;
        }
    }
}
