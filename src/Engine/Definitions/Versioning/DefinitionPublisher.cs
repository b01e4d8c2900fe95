using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// Publishing and starting new versions of definition files. Files are edited in place with
/// the smallest possible change (one value), so their layout and history stay readable.
/// </summary>
public static class DefinitionPublisher
{
    /// <summary>Marks a version published, after checking it, and records its content hash.</summary>
    public static PublishOutcome Publish(string proceduresRoot, string procedureId, int version, string publishedBy, DateTimeOffset now, DefinitionLoadOptions options)
    {
        var culture = options.Culture;
        var path = VersionPath(proceduresRoot, procedureId, version);
        var display = $"{procedureId}/v{version}.json";
        if (!File.Exists(path))
        {
            return PublishOutcome.Failed(Text.Pick(culture,
                $"Không có tệp {display}.",
                $"There is no file {display}."));
        }

        var text = File.ReadAllText(path);
        var read = DefinitionLoader.LoadText(text, display, procedureId, version, options);
        if (read.HasErrors)
        {
            return PublishOutcome.Failed(Text.Pick(culture,
                $"Chưa thể ban hành {display}: còn {read.Problems.Count(p => p.IsError)} lỗi. Sửa các lỗi rồi ban hành lại.",
                $"{display} cannot be published yet: it has {read.Problems.Count(p => p.IsError)} errors. Fix them and publish again."), read.Problems);
        }

        var existing = options.PublishedRecords.FirstOrDefault(r => r.Key == VersionKey.Of(procedureId, version));
        if (existing is not null)
        {
            return existing.ContentHash == read.Definition!.Source.ContentHash && read.Definition.Status == DefinitionStatus.Published
                ? PublishOutcome.AlreadyPublished(existing)
                : PublishOutcome.Failed(Text.Pick(culture,
                    $"{display} đã ban hành ngày {existing.PublishedAt:dd/MM/yyyy} với nội dung khác. Tạo phiên bản mới: workflow new-version {procedureId}",
                    $"{display} was published on {existing.PublishedAt:dd/MM/yyyy} with other content. Make a new version: workflow new-version {procedureId}"));
        }

        if (read.Definition!.Status == DefinitionStatus.Draft)
        {
            text = ReplaceValue(text, read.Json!["status"]!, "\"published\"");
            read = DefinitionLoader.LoadText(text, display, procedureId, version, options);
            WriteAtomically(path, text);
        }

        var record = new PublishedVersionRecord(procedureId, version, read.Definition!.Source.ContentHash, now, publishedBy, read.Definition.Source.CanonicalJson);
        PublishedVersionLockFile.Write(proceduresRoot, record);
        return PublishOutcome.Published(record);
    }

    /// <summary>
    /// Copies the newest (or a chosen) version as a draft to the next free version (see
    /// <see cref="VersionNumbers.NextFree(string, string, IEnumerable{PublishedVersionRecord})"/>) and returns its path.
    /// </summary>
    /// <param name="recorded">The published records to count; the lock file's when not given.</param>
    public static string CreateNextVersion(string proceduresRoot, string procedureId, int? fromVersion, CultureInfo? culture, IEnumerable<PublishedVersionRecord>? recorded = null)
    {
        var folder = Path.Combine(proceduresRoot, procedureId);
        var versions = VersionNumbers.OnDisk(proceduresRoot, procedureId);
        if (versions.Count == 0)
        {
            throw new InvalidOperationException(Text.Pick(culture,
                $"Thủ tục \"{procedureId}\" chưa có phiên bản nào trong {folder}.",
                $"The procedure \"{procedureId}\" has no version in {folder}."));
        }

        var source = fromVersion ?? versions.Max();
        if (!versions.Contains(source))
        {
            throw new InvalidOperationException(Text.Pick(culture,
                $"Không có phiên bản v{source} của \"{procedureId}\".",
                $"There is no v{source} of \"{procedureId}\"."));
        }

        var next = VersionNumbers.NextFree(procedureId, versions, recorded ?? PublishedVersionLockFile.Read(proceduresRoot));
        var text = File.ReadAllText(VersionPath(proceduresRoot, procedureId, source));
        var json = DefinitionJson.Parse(text);
        text = ReplaceValue(text, json["version"]!, next.ToString(CultureInfo.InvariantCulture));
        json = DefinitionJson.Parse(text);
        text = ReplaceValue(text, json["status"]!, "\"draft\"");
        var target = VersionPath(proceduresRoot, procedureId, next);
        WriteAtomically(target, text);
        return target;
    }

    public static string VersionPath(string proceduresRoot, string procedureId, int version) =>
        Path.Combine(proceduresRoot, procedureId, $"v{version}.json");

    // Rewrites one scalar value where it stands in the text, leaving the rest of the file untouched.
    private static string ReplaceValue(string text, JToken value, string replacementJson)
    {
        var info = (IJsonLineInfo)value;
        var lines = text.Split('\n');
        var line = lines[info.LineNumber - 1];
        var original = value.ToString(Formatting.None);
        var end = info.LinePosition;
        var start = line.LastIndexOf(original, Math.Min(end, line.Length) - 1, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"Could not find {original} on line {info.LineNumber}.");
        }

        lines[info.LineNumber - 1] = line[..start] + replacementJson + line[(start + original.Length)..];
        return string.Join('\n', lines);
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
