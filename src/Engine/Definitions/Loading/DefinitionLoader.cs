using System.Globalization;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>
/// The one loader that the engine, the designer and the command line share. It reads every
/// <c>procedures/&lt;id&gt;/v&lt;N&gt;.json</c>, checks each file and the versions of each procedure
/// against each other and against the published record, and reports every problem at once.
/// </summary>
public static class DefinitionLoader
{
    /// <summary>Folders of <c>procedures/</c> that hold shared data rather than procedures.</summary>
    public static readonly IReadOnlySet<string> ReservedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "calendars", "organisation", "forms", "samples",
    };

    public static DefinitionLoadResult LoadFolder(string proceduresRoot, DefinitionLoadOptions? options = null)
    {
        options ??= new DefinitionLoadOptions();
        var problems = new List<Problem>();
        var loaded = new List<ProcedureDefinition>();
        var files = 0;
        var recorded = options.PublishedRecords.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var filesPresent = new HashSet<string>(StringComparer.Ordinal);

        foreach (var folder in Directory.GetDirectories(proceduresRoot).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(folder);
            if (ReservedFolders.Contains(folderName))
            {
                continue;
            }

            var versionFiles = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
            var nextFree = VersionNumbers.NextFree(folderName, versionFiles.Select(VersionNumbers.OfFile).OfType<int>(), recorded.Values);
            foreach (var file in versionFiles)
            {
                files++;
                if (VersionNumbers.OfFile(file) is { } fileVersion)
                {
                    filesPresent.Add(VersionKey.Of(folderName, fileVersion));
                }

                var display = DisplayPath(proceduresRoot, file);
                var result = LoadFile(file, display, folderName, options);
                problems.AddRange(result.Problems);
                if (result.Definition is { } definition && !result.HasErrors)
                {
                    var published = CheckPublished(definition, recorded, nextFree, options.Culture);
                    problems.AddRange(published);
                    if (!published.Any(p => p.IsError))
                    {
                        loaded.Add(definition);
                    }
                }
            }
        }

        LoadRecordedWithoutFile(recorded, filesPresent, loaded, problems, options);
        problems.AddRange(CheckVersionsTogether(loaded, options.Culture));
        problems.AddRange(LinkedProcedureChecks.Check(loaded, options.Culture));
        problems.AddRange(StoreTypeChecks.Check(loaded, options.Culture));
        return new DefinitionLoadResult(new ProcedureCatalog(loaded), problems, files);
    }

    /// <summary>Reads and validates one file; <paramref name="expectedId"/> is its folder name when known.</summary>
    public static DefinitionReadResult LoadFile(string path, string displayPath, string? expectedId, DefinitionLoadOptions options) =>
        LoadText(File.ReadAllText(path), displayPath, expectedId, VersionNumbers.OfFile(path), options);

    /// <summary>Validates definition text that is not (yet) a file, e.g. a draft open in the designer.</summary>
    public static DefinitionReadResult LoadText(string text, string displayPath, string? expectedId, int? expectedVersion, DefinitionLoadOptions options)
    {
        var culture = options.Culture;
        var read = DefinitionFileReader.Read(displayPath, text, culture);
        var problems = new ProblemList(displayPath);
        problems.AddRange(read.Problems);

        if (expectedVersion is null && Path.GetFileName(displayPath).EndsWith(".json", StringComparison.Ordinal) && expectedId is not null)
        {
            problems.Add(new Problem(ProblemSeverity.Error, ProblemCodes.FileNameMismatch, displayPath, 0, 0, "", Text.Pick(culture,
                $"Tên tệp \"{Path.GetFileName(displayPath)}\" không đúng: mỗi phiên bản là một tệp v<N>.json, ví dụ v1.json.",
                $"The file name \"{Path.GetFileName(displayPath)}\" is wrong: each version is one file named v<N>.json, e.g. v1.json.")));
        }

        if (read.Definition is { } definition && read.Json is { } json)
        {
            if (expectedId is not null && definition.Id != expectedId)
            {
                problems.Error(ProblemCodes.FolderMismatch, json["id"], Text.Pick(culture,
                    $"Mã quy trình \"{definition.Id}\" phải trùng tên thư mục \"{expectedId}\".",
                    $"The procedure id \"{definition.Id}\" must equal its folder name \"{expectedId}\"."));
            }

            if (expectedVersion is { } version && definition.Version != version)
            {
                problems.Error(ProblemCodes.FileNameMismatch, json["version"], Text.Pick(culture,
                    $"Tệp v{version}.json ghi \"version\": {definition.Version}; hai số phải bằng nhau.",
                    $"The file v{version}.json says \"version\": {definition.Version}; the two must match."));
            }

            DefinitionValidator.Validate(definition, json, problems, options);
        }

        return read with { Problems = problems.Items };
    }

    private static List<Problem> CheckPublished(ProcedureDefinition definition, IReadOnlyDictionary<string, PublishedVersionRecord> recorded, int next, CultureInfo? culture)
    {
        var problems = new List<Problem>();
        var file = definition.Source.File;
        if (recorded.TryGetValue(definition.Key, out var record))
        {
            if (definition.Status == DefinitionStatus.Draft)
            {
                problems.Add(new Problem(ProblemSeverity.Error, ProblemCodes.PublishedFileChanged, file, 1, 1, "$.status", Text.Pick(culture,
                    $"{definition.Key} đã được ban hành ngày {record.PublishedAt:dd/MM/yyyy} nhưng tệp ghi \"draft\". Phiên bản đã ban hành không được sửa: khôi phục tệp và tạo v{next}.json để thay đổi.",
                    $"{definition.Key} was published on {record.PublishedAt:dd/MM/yyyy} but the file says \"draft\". A published version cannot change: restore the file and make v{next}.json for your change.")));
            }
            else if (record.ContentHash != definition.Source.ContentHash)
            {
                problems.Add(new Problem(ProblemSeverity.Error, ProblemCodes.PublishedFileChanged, file, 1, 1, "$", Text.Pick(culture,
                    $"Nội dung {definition.Key} đã thay đổi sau khi ban hành ngày {record.PublishedAt:dd/MM/yyyy} (mã băm ghi nhận {Short(record.ContentHash)}, hiện tại {Short(definition.Source.ContentHash)}). Phiên bản đã ban hành không được sửa: khôi phục tệp và tạo v{next}.json để thay đổi.",
                    $"{definition.Key} changed after it was published on {record.PublishedAt:dd/MM/yyyy} (recorded hash {Short(record.ContentHash)}, now {Short(definition.Source.ContentHash)}). Published versions are immutable: restore the file and make v{next}.json for your change.")));
            }
        }
        else if (definition.Status == DefinitionStatus.Published)
        {
            problems.Add(new Problem(ProblemSeverity.Warning, ProblemCodes.PublishedNotRecorded, file, 1, 1, "$.status", Text.Pick(culture,
                $"{definition.Key} ghi \"published\" nhưng chưa có mã băm ban hành. Chạy: workflow publish {definition.Id} --version {definition.Version}",
                $"{definition.Key} says \"published\" but no publication hash is recorded. Run: workflow publish {definition.Id} --version {definition.Version}")));
        }

        return problems;
    }

    // A version recorded as published whose file is absent here is loaded from the recorded content.
    private static void LoadRecordedWithoutFile(Dictionary<string, PublishedVersionRecord> recorded, HashSet<string> filesPresent, List<ProcedureDefinition> loaded, List<Problem> problems, DefinitionLoadOptions options)
    {
        foreach (var record in recorded.Values.Where(r => !filesPresent.Contains(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var display = $"{record.ProcedureId}/v{record.Version}.json";

            if (record.CanonicalContent is null)
            {
                problems.Add(new Problem(ProblemSeverity.Warning, ProblemCodes.RecordedButMissing, display, 0, 0, "", Text.Pick(options.Culture,
                    $"{record.Key} đã ban hành nhưng không có tệp; hồ sơ chạy trên phiên bản này cần tệp đó.",
                    $"{record.Key} was published but its file is missing; dossiers running on it need that file.")));
                continue;
            }

            var read = LoadText(record.CanonicalContent, $"{display} (database)", record.ProcedureId, record.Version, options);
            if (read.Definition is { } definition && !read.HasErrors && definition.Source.ContentHash == record.ContentHash)
            {
                loaded.Add(definition);
            }
            else
            {
                problems.AddRange(read.Problems);
            }
        }
    }

    private static IEnumerable<Problem> CheckVersionsTogether(IEnumerable<ProcedureDefinition> loaded, CultureInfo? culture)
    {
        foreach (var versions in loaded.GroupBy(d => d.Id).Select(g => g.OrderBy(d => d.Version).ToList()))
        {
            var first = versions[0];
            foreach (var later in versions.Skip(1).Where(v => v.Code != first.Code))
            {
                yield return new Problem(ProblemSeverity.Warning, ProblemCodes.ProcedureIdentityChanged, later.Source.File, 1, 1, "$.code", Text.Pick(culture,
                    $"Mã thủ tục đổi từ \"{first.Code}\" (v{first.Version}) thành \"{later.Code}\" (v{later.Version}). Nếu đây là thủ tục khác, hãy tạo thư mục riêng.",
                    $"The procedure code changes from \"{first.Code}\" (v{first.Version}) to \"{later.Code}\" (v{later.Version}). If this is a different procedure, give it its own folder."));
            }

            var published = versions.Where(v => v.Status == DefinitionStatus.Published).ToList();
            for (var i = 1; i < published.Count; i++)
            {
                if (published[i].EffectiveFrom is { } current && published[i - 1].EffectiveFrom is { } previous && current < previous)
                {
                    yield return new Problem(ProblemSeverity.Error, ProblemCodes.VersionOrder, published[i].Source.File, 1, 1, "$.effectiveFrom", Text.Pick(culture,
                        $"v{published[i].Version} có hiệu lực từ {current:dd/MM/yyyy}, trước v{published[i - 1].Version} ({previous:dd/MM/yyyy}). Phiên bản sau phải có hiệu lực sau.",
                        $"v{published[i].Version} takes effect on {current:dd/MM/yyyy}, before v{published[i - 1].Version} ({previous:dd/MM/yyyy}). A later version must take effect later."));
                }
            }
        }
    }

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] : hash;

    private static string DisplayPath(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
        return $"{rootName}/{relative}";
    }
}
