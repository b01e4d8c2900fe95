using System.Collections.Immutable;

namespace Workflow.Engine.Organisation;

/// <summary>
/// The loaded organisation: roles, unit kinds and effective-dated unit records, with the
/// questions the engine asks of them. Every question about the hierarchy takes a local date
/// (<see cref="DateOnly"/>) because the answer depends on it: a commune belonged to a town
/// until 30/06/2025 and to the province from 01/07/2025. Immutable and safe to share between
/// threads.
/// </summary>
public sealed class OrganisationModel
{
    private readonly Dictionary<string, Role> _roles;
    private readonly Dictionary<string, UnitKind> _kinds;
    private readonly Dictionary<string, ImmutableArray<UnitRecord>> _history;
    private readonly Dictionary<string, ImmutableArray<UnitRecord>> _childRecords;
    private readonly Dictionary<string, ImmutableArray<UnitRecord>> _recordsOfKind;
    private readonly Dictionary<string, ImmutableArray<UnitRecord>> _servingRecords;
    private readonly Dictionary<string, ImmutableArray<UnitRecord>> _recordsWithCode;

    /// <summary>Builds the model from records that passed the loader's checks (periods of one id do not overlap, no parent cycles).</summary>
    internal OrganisationModel(IEnumerable<Role> roles, IEnumerable<UnitKind> kinds, IEnumerable<UnitRecord> records)
    {
        Roles = roles.ToImmutableArray();
        Kinds = kinds.ToImmutableArray();
        Records = records.ToImmutableArray();
        _roles = Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _kinds = Kinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        _history = Index(Records, r => [r.Id], ordered: true);
        _childRecords = Index(Records, r => r.ParentId is null ? [] : [r.ParentId], ordered: false);
        _recordsOfKind = Index(Records, r => [r.KindId], ordered: false);
        _servingRecords = Index(Records, r => r.Serves, ordered: false);
        _recordsWithCode = Index(Records, r => [r.Code], ordered: false);
        UnitIds = Records.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>All roles, in file order.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>All unit kinds, in file order.</summary>
    public IReadOnlyList<UnitKind> Kinds { get; }

    /// <summary>All unit records of all periods, in file order.</summary>
    public IReadOnlyList<UnitRecord> Records { get; }

    /// <summary>Every unit id that has at least one record, in order of first appearance.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    public Role? FindRole(string roleId) => _roles.GetValueOrDefault(roleId);

    public UnitKind? FindKind(string kindId) => _kinds.GetValueOrDefault(kindId);

    /// <summary>Whether the unit has a record for any period.</summary>
    public bool HasUnit(string unitId) => _history.ContainsKey(unitId);

    /// <summary>All records of one unit, oldest first; empty when the id is unknown.</summary>
    public IReadOnlyList<UnitRecord> HistoryOf(string unitId) => _history.GetValueOrDefault(unitId, ImmutableArray<UnitRecord>.Empty);

    /// <summary>The unit as it was on <paramref name="date"/>, or null when it was not in force that day.</summary>
    public UnitRecord? UnitAt(string unitId, DateOnly date) => HistoryOf(unitId).FirstOrDefault(r => r.IsValidOn(date));

    /// <summary>Every unit in force on <paramref name="date"/>, in file order.</summary>
    public IReadOnlyList<UnitRecord> UnitsAt(DateOnly date) => Records.Where(r => r.IsValidOn(date)).ToImmutableArray();

    /// <summary>The unit that carried agency code <paramref name="code"/> on <paramref name="date"/>, if any.</summary>
    public UnitRecord? FindByCode(string code, DateOnly date) =>
        _recordsWithCode.GetValueOrDefault(code, []).FirstOrDefault(r => r.IsValidOn(date));

    /// <summary>The parent of the unit on <paramref name="date"/>; null for a root unit or a unit not in force that day.</summary>
    public UnitRecord? ParentAt(string unitId, DateOnly date) =>
        UnitAt(unitId, date) is { ParentId: { } parentId } ? UnitAt(parentId, date) : null;

    /// <summary>The parent, its parent and so on up to the root, nearest first, as on <paramref name="date"/>.</summary>
    public IReadOnlyList<UnitRecord> AncestorsAt(string unitId, DateOnly date)
    {
        var ancestors = ImmutableArray.CreateBuilder<UnitRecord>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var current = ParentAt(unitId, date);
        while (current is not null && visited.Add(current.Id))
        {
            ancestors.Add(current);
            current = current.ParentId is { } next ? UnitAt(next, date) : null;
        }

        return ancestors.ToImmutable();
    }

    /// <summary>The units whose parent was <paramref name="unitId"/> on <paramref name="date"/>, in file order.</summary>
    public IReadOnlyList<UnitRecord> ChildrenAt(string unitId, DateOnly date) =>
        UnitAt(unitId, date) is null
            ? ImmutableArray<UnitRecord>.Empty
            : _childRecords.GetValueOrDefault(unitId, []).Where(r => r.IsValidOn(date)).ToImmutableArray();

    /// <summary>Children, grandchildren and so on as on <paramref name="date"/>, nearest generation first.</summary>
    public IReadOnlyList<UnitRecord> DescendantsAt(string unitId, DateOnly date) => DescendantsAt(unitId, date, skip: null);

    /// <summary>All records of a kind, of every period, in file order.</summary>
    public IReadOnlyList<UnitRecord> UnitsOfKind(string kindId) => _recordsOfKind.GetValueOrDefault(kindId, ImmutableArray<UnitRecord>.Empty);

    /// <summary>The units of a kind in force on <paramref name="date"/>, in file order.</summary>
    public IReadOnlyList<UnitRecord> UnitsOfKindAt(string kindId, DateOnly date) => UnitsOfKind(kindId).Where(r => r.IsValidOn(date)).ToImmutableArray();

    /// <summary>Whether role <paramref name="roleId"/> exists in units of kind <paramref name="kindId"/>.</summary>
    public bool KindHasRole(string kindId, string roleId) => FindKind(kindId)?.HasRole(roleId) ?? false;

    /// <summary>Whether any unit of the kind exists on any date (a definition naming a kind no unit ever had is wrong).</summary>
    public bool KindEverHasUnits(string kindId) => _recordsOfKind.ContainsKey(kindId);

    /// <summary>The units that serve <paramref name="unitId"/> on <paramref name="date"/> (of any kind), in file order.</summary>
    public IReadOnlyList<UnitRecord> ServingUnitsAt(string unitId, DateOnly date) =>
        _servingRecords.GetValueOrDefault(unitId, []).Where(r => r.IsValidOn(date)).ToImmutableArray();

    /// <summary>The successors declared on the unit's last record: the units that took over its dossiers when it ended.</summary>
    public IReadOnlyList<string> SuccessorsOf(string unitId) => HistoryOf(unitId) is { Count: > 0 } history ? history[^1].Successors : ImmutableArray<string>.Empty;

    /// <summary>
    /// The day the unit ceased to exist (the validTo of its last record), or null while it
    /// still exists or when the id is unknown.
    /// </summary>
    public DateOnly? EndOf(string unitId) => HistoryOf(unitId) is { Count: > 0 } history ? history[^1].ValidTo : null;

    /// <summary>Where <paramref name="date"/> falls in the unit's history: in force, before it, in a gap, or after its end (with its successors then).</summary>
    public UnitStanding StandingOn(string unitId, DateOnly date)
    {
        var history = HistoryOf(unitId);
        if (history.Count == 0)
        {
            return new UnitStanding(UnitStandingKind.Unknown, null, null, ImmutableArray<UnitRecord>.Empty);
        }

        if (UnitAt(unitId, date) is { } record)
        {
            return new UnitStanding(UnitStandingKind.InForce, record, null, ImmutableArray<UnitRecord>.Empty);
        }

        if (date < history[0].ValidFrom)
        {
            return new UnitStanding(UnitStandingKind.NotYetStarted, history[0], history[0], ImmutableArray<UnitRecord>.Empty);
        }

        var last = history[^1];
        if (last.ValidTo is not { } end || date < end)
        {
            var before = history.Last(r => r.ValidFrom <= date);
            return new UnitStanding(UnitStandingKind.BetweenRecords, before, history.FirstOrDefault(r => r.ValidFrom > date), ImmutableArray<UnitRecord>.Empty);
        }

        return new UnitStanding(UnitStandingKind.Ended, last, null, SuccessorsAt(unitId, date));
    }

    /// <summary>
    /// The units in force on <paramref name="date"/> that carry on the dossiers of a unit that
    /// had ended by then, following successors of successors. Empty when the unit is in force
    /// on that date, had not started yet, or ended without successors.
    /// </summary>
    public IReadOnlyList<UnitRecord> SuccessorsAt(string unitId, DateOnly date)
    {
        if (UnitAt(unitId, date) is not null || EndOf(unitId) is not { } end || date < end)
        {
            return ImmutableArray<UnitRecord>.Empty;
        }

        var found = ImmutableArray.CreateBuilder<UnitRecord>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var pending = new Queue<string>(SuccessorsOf(unitId));
        while (pending.TryDequeue(out var successor))
        {
            if (!visited.Add(successor))
            {
                continue;
            }

            if (UnitAt(successor, date) is { } record)
            {
                found.Add(record);
            }
            else if (EndOf(successor) is { } successorEnd && date >= successorEnd)
            {
                foreach (var next in SuccessorsOf(successor))
                {
                    pending.Enqueue(next);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Descendants in breadth-first order, leaving out the branch under <paramref name="skip"/> (already searched by the resolver).</summary>
    internal IReadOnlyList<UnitRecord> DescendantsAt(string unitId, DateOnly date, string? skip)
    {
        var found = ImmutableArray.CreateBuilder<UnitRecord>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var pending = new Queue<string>();
        pending.Enqueue(unitId);
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in ChildrenAt(current, date))
            {
                if (child.Id == skip || !visited.Add(child.Id))
                {
                    continue;
                }

                found.Add(child);
                pending.Enqueue(child.Id);
            }
        }

        return found.ToImmutable();
    }

    private static Dictionary<string, ImmutableArray<UnitRecord>> Index(
        IEnumerable<UnitRecord> records, Func<UnitRecord, IEnumerable<string>> keys, bool ordered)
    {
        var pairs = records.SelectMany(r => keys(r).Select(k => (Key: k, Record: r)));
        return pairs
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => ordered ? g.Select(p => p.Record).OrderBy(r => r.ValidFrom).ToImmutableArray() : g.Select(p => p.Record).ToImmutableArray(),
                StringComparer.Ordinal);
    }
}
