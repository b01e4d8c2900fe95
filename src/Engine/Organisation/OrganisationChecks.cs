using System.Globalization;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// The checks that need the whole file: ids that must exist, ids that must be unique, and
/// the rules of effective dating (periods of one unit do not overlap, a parent outlives its
/// child, agency codes are unique at any day, successors take over on the day a unit ends).
/// </summary>
internal sealed class OrganisationChecks(ProblemList problems, CultureInfo? culture)
{
    public void Run(OrganisationDraft draft)
    {
        var roleIds = CheckRoles(draft.Roles);
        var kindIds = CheckKinds(draft.Kinds, roleIds);
        var units = draft.Units.Where(u => u.Id is not null).ToList();
        var recordsById = units.GroupBy(u => u.Id!.Value.Id).ToDictionary(g => g.Key, g => g.ToList());

        CheckReferences(units, kindIds, recordsById);
        CheckOverlappingPeriods(recordsById);
        CheckParentsInForce(units, recordsById);
        new ParentCycleDetector(problems, culture).Report(units);
        CheckAgencyCodes(units);
        CheckSuccessors(units, recordsById);
        CheckService(units, recordsById);
    }

    private HashSet<string> CheckRoles(IReadOnlyList<RoleDraft> roles)
    {
        var first = new Dictionary<string, IdReference>();
        foreach (var role in roles)
        {
            if (role.Id is not { } id)
            {
                continue;
            }

            if (first.TryGetValue(id.Id, out var earlier))
            {
                problems.Error(OrganisationProblemCodes.DuplicateRole, id.Token, OrganisationMessages.DuplicateRole(id.Id, LineOf(earlier), culture));
            }
            else
            {
                first.Add(id.Id, id);
            }
        }

        return first.Keys.ToHashSet();
    }

    private HashSet<string> CheckKinds(IReadOnlyList<KindDraft> kinds, HashSet<string> roleIds)
    {
        var first = new Dictionary<string, IdReference>();
        foreach (var kind in kinds)
        {
            if (kind.Id is { } id)
            {
                if (first.TryGetValue(id.Id, out var earlier))
                {
                    problems.Error(OrganisationProblemCodes.DuplicateKind, id.Token, OrganisationMessages.DuplicateKind(id.Id, LineOf(earlier), culture));
                }
                else
                {
                    first.Add(id.Id, id);
                }
            }

            foreach (var role in kind.Roles.Where(r => !roleIds.Contains(r.Id)))
            {
                problems.Error(OrganisationProblemCodes.UnknownRole, role.Token, OrganisationMessages.UnknownRole(kind.Id?.Id ?? "?", role.Id, culture));
            }
        }

        return first.Keys.ToHashSet();
    }

    private void CheckReferences(List<UnitDraft> units, HashSet<string> kindIds, Dictionary<string, List<UnitDraft>> recordsById)
    {
        foreach (var unit in units)
        {
            var id = unit.Id!.Value.Id;
            if (unit.Kind is { } kind && !kindIds.Contains(kind.Id))
            {
                problems.Error(OrganisationProblemCodes.UnknownKind, kind.Token, OrganisationMessages.UnknownKind(id, kind.Id, culture));
            }

            // A unit naming itself as parent is a cycle, reported as such.
            if (unit.Parent is { } parent && parent.Id != id && !recordsById.ContainsKey(parent.Id))
            {
                problems.Error(OrganisationProblemCodes.UnknownParent, parent.Token, OrganisationMessages.UnknownParent(id, parent.Id, culture));
            }

            foreach (var served in unit.Serves)
            {
                if (served.Id == id)
                {
                    problems.Error(OrganisationProblemCodes.SelfReference, served.Token, OrganisationMessages.SelfReference(id, "serves", culture));
                }
                else if (!recordsById.ContainsKey(served.Id))
                {
                    problems.Error(OrganisationProblemCodes.UnknownServedUnit, served.Token, OrganisationMessages.UnknownServedUnit(id, served.Id, culture));
                }
            }

            foreach (var successor in unit.Successors)
            {
                if (successor.Id == id)
                {
                    problems.Error(OrganisationProblemCodes.SelfReference, successor.Token, OrganisationMessages.SelfReference(id, "successors", culture));
                }
                else if (!recordsById.ContainsKey(successor.Id))
                {
                    problems.Error(OrganisationProblemCodes.UnknownSuccessor, successor.Token, OrganisationMessages.UnknownSuccessor(id, successor.Id, culture));
                }
            }
        }
    }

    private void CheckOverlappingPeriods(Dictionary<string, List<UnitDraft>> recordsById)
    {
        foreach (var (id, records) in recordsById)
        {
            for (var later = 1; later < records.Count; later++)
            {
                if (records[later].Period is not { } period)
                {
                    continue;
                }

                var earlier = records.Take(later).FirstOrDefault(r => r.Period is { } other && other.Overlaps(period));
                if (earlier is not null)
                {
                    problems.Error(
                        OrganisationProblemCodes.OverlappingPeriods,
                        records[later].ValidFromToken,
                        OrganisationMessages.OverlappingPeriods(id, period, earlier.Line, earlier.Period!.Value, culture));
                }
            }
        }
    }

    private void CheckParentsInForce(List<UnitDraft> units, Dictionary<string, List<UnitDraft>> recordsById)
    {
        foreach (var unit in units)
        {
            if (unit.Parent is not { } parent || unit.Period is not { } period || parent.Id == unit.Id!.Value.Id
                || !recordsById.TryGetValue(parent.Id, out var parentRecords))
            {
                continue;
            }

            var parentPeriods = parentRecords.Where(r => r.Period is not null).Select(r => r.Period!.Value);
            if (period.FirstDayNotCoveredBy(parentPeriods) is { } uncovered)
            {
                problems.Error(
                    OrganisationProblemCodes.ParentNotInForce,
                    parent.Token,
                    OrganisationMessages.ParentNotInForce(unit.Id!.Value.Id, parent.Id, uncovered, period, culture));
            }
        }
    }

    private void CheckAgencyCodes(List<UnitDraft> units)
    {
        var coded = units.Where(u => u.Code is not null && u.Period is not null).ToList();
        foreach (var group in coded.GroupBy(u => u.Code!.Value.Id))
        {
            var records = group.ToList();
            for (var later = 1; later < records.Count; later++)
            {
                var period = records[later].Period!.Value;
                var earlier = records.Take(later).FirstOrDefault(r => r.Id!.Value.Id != records[later].Id!.Value.Id && r.Period!.Value.Overlaps(period));
                if (earlier is not null)
                {
                    var from = Later(period.From, earlier.Period!.Value.From);
                    problems.Error(
                        OrganisationProblemCodes.DuplicateAgencyCode,
                        records[later].Code!.Value.Token,
                        OrganisationMessages.DuplicateAgencyCode(group.Key, records[later].Id!.Value.Id, earlier.Id!.Value.Id, earlier.Line, from, culture));
                }
            }
        }
    }

    private void CheckSuccessors(List<UnitDraft> units, Dictionary<string, List<UnitDraft>> recordsById)
    {
        foreach (var unit in units.Where(u => u.Successors.Count > 0 && u.Period is not null))
        {
            var id = unit.Id!.Value.Id;
            if (unit.Period!.Value.To is not { } end)
            {
                problems.Error(OrganisationProblemCodes.SuccessorsOnLiveRecord, unit.SuccessorsToken, OrganisationMessages.SuccessorsOnOpenRecord(id, culture));
                continue;
            }

            var laterRecord = recordsById[id]
                .Where(r => r.Period is { } other && other.From >= end)
                .MinBy(r => r.Period!.Value.From);
            if (laterRecord is not null)
            {
                problems.Error(OrganisationProblemCodes.SuccessorsOnLiveRecord, unit.SuccessorsToken, OrganisationMessages.SuccessorsOnEarlierRecord(id, laterRecord.Period!.Value.From, culture));
                continue;
            }

            foreach (var successor in unit.Successors)
            {
                if (successor.Id != id && recordsById.TryGetValue(successor.Id, out var successorRecords)
                    && !successorRecords.Any(r => r.Period is { } p && p.Contains(end)))
                {
                    problems.Error(OrganisationProblemCodes.SuccessorNotInForce, successor.Token, OrganisationMessages.SuccessorNotInForce(id, successor.Id, end, culture));
                }
            }
        }
    }

    private void CheckService(List<UnitDraft> units, Dictionary<string, List<UnitDraft>> recordsById)
    {
        var services = new List<(UnitDraft Unit, IdReference Served)>();
        foreach (var unit in units.Where(u => u.Period is not null))
        {
            var period = unit.Period!.Value;
            foreach (var served in unit.Serves.Where(s => s.Id != unit.Id!.Value.Id))
            {
                if (!recordsById.TryGetValue(served.Id, out var servedRecords))
                {
                    continue;
                }

                if (!servedRecords.Any(r => r.Period is { } p && p.Overlaps(period)))
                {
                    problems.Warning(OrganisationProblemCodes.ServedUnitNeverInForce, served.Token, OrganisationMessages.ServedUnitNeverInForce(unit.Id!.Value.Id, served.Id, period, culture));
                }

                if (unit.Kind is not null)
                {
                    services.Add((unit, served));
                }
            }
        }

        // Two units of one kind serving the same unit on one day leave resolution no way to choose.
        foreach (var group in services.GroupBy(s => (s.Served.Id, Kind: s.Unit.Kind!.Value.Id)))
        {
            var entries = group.ToList();
            for (var later = 1; later < entries.Count; later++)
            {
                var (unit, served) = entries[later];
                var period = unit.Period!.Value;
                var earlier = entries.Take(later)
                    .Select(e => e.Unit)
                    .FirstOrDefault(e => e.Id!.Value.Id != unit.Id!.Value.Id && e.Period!.Value.Overlaps(period));
                if (earlier is not null)
                {
                    problems.Warning(
                        OrganisationProblemCodes.SharedService,
                        served.Token,
                        OrganisationMessages.SharedService(unit.Id!.Value.Id, earlier.Id!.Value.Id, earlier.Line, group.Key.Kind, served.Id, Later(period.From, earlier.Period!.Value.From), culture));
                }
            }
        }
    }

    private static int LineOf(IdReference reference) => ProblemList.Position(reference.Token).Line;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
