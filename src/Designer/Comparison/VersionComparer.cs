using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;

namespace Workflow.Designer.Comparison;

/// <summary>
/// Compares two versions of a procedure by meaning, not by text: layout and member order do not
/// count; lists of entries with ids (steps, outcomes, fees, documents, results, data) are matched
/// by id.
/// </summary>
public static class VersionComparer
{
    /// <summary>Members that say which file this is rather than what the procedure is.</summary>
    private static readonly IReadOnlySet<string> Identity = new HashSet<string>(StringComparer.Ordinal) { "$schema", "id", "version", "status", "process" };

    private static readonly IReadOnlyList<string> EntryLists = ["fees", "documents", "results", "data"];

    public static VersionComparison Compare(DefinitionDocument before, DefinitionDocument after)
    {
        var metadata = new List<FieldChange>();
        foreach (var name in MemberNames(before.Root, after.Root).Where(n => !Identity.Contains(n) && !EntryLists.Contains(n)))
        {
            Diff(name, before.Root[name], after.Root[name], metadata);
        }

        var entries = new List<ItemChange>();
        foreach (var list in EntryLists)
        {
            entries.AddRange(CompareById(list, before.Root[list] as JArray, after.Root[list] as JArray));
        }

        var steps = CompareById("steps", before.Steps, after.Steps);

        var older = TransitionReader.Of(before);
        var newer = TransitionReader.Of(after);
        var transitions = newer.Except(older).Select(t => new TransitionChange(t, ChangeKind.Added))
            .Concat(older.Except(newer).Select(t => new TransitionChange(t, ChangeKind.Removed)))
            .ToList();

        return new VersionComparison(before.Version, after.Version, metadata, entries, steps, transitions);
    }

    private static List<ItemChange> CompareById(string section, JArray? before, JArray? after)
    {
        var older = ById(before);
        var newer = ById(after);
        var changes = new List<ItemChange>();
        foreach (var (id, item) in newer)
        {
            if (!older.TryGetValue(id, out var previous))
            {
                changes.Add(new ItemChange(section, id, NameOf(item), ChangeKind.Added, []));
                continue;
            }

            var members = new List<FieldChange>();
            foreach (var name in MemberNames(previous, item))
            {
                Diff(name, previous[name], item[name], members);
            }

            if (members.Count > 0)
            {
                changes.Add(new ItemChange(section, id, NameOf(item), ChangeKind.Changed, members));
            }
        }

        foreach (var (id, item) in older.Where(o => !newer.ContainsKey(o.Key)))
        {
            changes.Add(new ItemChange(section, id, NameOf(item), ChangeKind.Removed, []));
        }

        return changes;
    }

    private static void Diff(string path, JToken? before, JToken? after, List<FieldChange> changes)
    {
        if (JToken.DeepEquals(before, after))
        {
            return;
        }

        if (before is JObject left && after is JObject right)
        {
            foreach (var name in MemberNames(left, right))
            {
                Diff($"{path}.{name}", left[name], right[name], changes);
            }

            return;
        }

        if (before is JArray oldList && after is JArray newList && IsKeyed(oldList) && IsKeyed(newList))
        {
            var older = ById(oldList);
            var newer = ById(newList);
            foreach (var id in older.Keys.Concat(newer.Keys).Distinct(StringComparer.Ordinal))
            {
                Diff($"{path}[{id}]", older.GetValueOrDefault(id), newer.GetValueOrDefault(id), changes);
            }

            return;
        }

        changes.Add(new FieldChange(path, before?.ToString(Formatting.None), after?.ToString(Formatting.None)));
    }

    private static bool IsKeyed(JArray list) => list.Count > 0 && list.All(i => i is JObject o && o["id"] is JValue { Type: JTokenType.String });

    private static Dictionary<string, JObject> ById(JArray? list)
    {
        var items = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var item in list?.OfType<JObject>() ?? [])
        {
            items.TryAdd((string?)item["id"] ?? "", item);
        }

        return items;
    }

    private static IEnumerable<string> MemberNames(JObject before, JObject after) =>
        before.Properties().Select(p => p.Name).Concat(after.Properties().Select(p => p.Name)).Distinct(StringComparer.Ordinal);

    private static string NameOf(JObject item) => (string?)item["name"] ?? (string?)item["id"] ?? "";
}
