using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Where an import writes a procedure's draft: its open draft (the newest version, a draft nobody published) is
/// updated in place; otherwise the next free version starts from the newest one; a procedure without files starts at v1.
/// </summary>
public sealed record DraftTarget(string ProcedureId, int Version, JObject? Newest, bool UpdatesDraft)
{
    public static DraftTarget For(string proceduresRoot, string procedureId, IReadOnlyList<PublishedVersionRecord> recorded)
    {
        var onDisk = VersionNumbers.OnDisk(proceduresRoot, procedureId);
        var next = VersionNumbers.NextFree(procedureId, onDisk, recorded);
        if (onDisk.Count == 0)
        {
            return new DraftTarget(procedureId, next, null, false);
        }

        var newest = onDisk.Max();
        var json = DefinitionJson.Parse(File.ReadAllText(DefinitionPublisher.VersionPath(proceduresRoot, procedureId, newest))) as JObject;
        var draft = (string?)json?["status"] == "draft" && !recorded.Any(r => r.ProcedureId == procedureId && r.Version == newest);
        return draft ? new DraftTarget(procedureId, newest, json, true) : new DraftTarget(procedureId, next, json, false);
    }

    /// <summary>Every procedure folder of <paramref name="proceduresRoot"/> (the reserved ones aside).</summary>
    public static IEnumerable<string> ProcedureIds(string proceduresRoot) =>
        Directory.GetDirectories(proceduresRoot).Select(Path.GetFileName).OfType<string>()
            .Where(name => !DefinitionLoader.ReservedFolders.Contains(name) && VersionNumbers.OnDisk(proceduresRoot, name).Count > 0)
            .Order(StringComparer.Ordinal);

    /// <summary>The definition as written: two-space indented JSON, letters as they are, a final line break.</summary>
    public static string TextOf(JObject definition) => definition.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";
}
