using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// <c>procedures/published-versions.json</c>: the hash of every published version, committed
/// with the definitions so that any checkout can tell a changed published file from a new one.
/// </summary>
public static class PublishedVersionLockFile
{
    public const string FileName = "published-versions.json";

    public static string PathIn(string proceduresRoot) => Path.Combine(proceduresRoot, FileName);

    public static IReadOnlyList<PublishedVersionRecord> Read(string proceduresRoot)
    {
        var path = PathIn(proceduresRoot);
        if (!File.Exists(path))
        {
            return [];
        }

        var root = JObject.Parse(File.ReadAllText(path));
        return (root["versions"] as JArray ?? [])
            .OfType<JObject>()
            .Select(v => new PublishedVersionRecord(
                (string)v["procedure"]!,
                (int)v["version"]!,
                (string)v["hash"]!,
                DateTimeOffset.Parse((string)v["publishedAt"]!, CultureInfo.InvariantCulture),
                (string?)v["publishedBy"] ?? ""))
            .ToList();
    }

    /// <summary>Adds or replaces one record and rewrites the file in a stable order.</summary>
    public static void Write(string proceduresRoot, PublishedVersionRecord record)
    {
        var records = Read(proceduresRoot).Where(r => r.Key != record.Key).Append(record)
            .OrderBy(r => r.ProcedureId, StringComparer.Ordinal).ThenBy(r => r.Version)
            .ToList();
        var json = new JObject
        {
            ["$comment"] = "Hash of every published procedure version. Written by `workflow publish`; do not edit by hand.",
            ["versions"] = new JArray(records.Select(r => new JObject
            {
                ["procedure"] = r.ProcedureId,
                ["version"] = r.Version,
                ["hash"] = r.ContentHash,
                ["publishedAt"] = r.PublishedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["publishedBy"] = r.PublishedBy,
            })),
        };
        var temporary = PathIn(proceduresRoot) + ".tmp";
        File.WriteAllText(temporary, json.ToString(Formatting.Indented) + "\n");
        File.Move(temporary, PathIn(proceduresRoot), overwrite: true);
    }
}
