using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Designer;

/// <summary>
/// The analysts' side of <c>procedures/</c>: list versions, read one, save drafts, validate text,
/// publish, start a new version. Published files are immutable; publishing records the hash in the
/// lock file and the database and swaps the engine's workspace. Writes are serialised.
/// </summary>
public sealed partial class ProceduresEditor(ServerPaths paths, WorkspaceHolder holder, WorkspaceLoader loader, WorkflowDbContextFactory database, TimeProvider time, ILogger<ProceduresEditor> logger)
{
    public const int MaxDefinitionLength = 512 * 1024;

    private readonly SemaphoreSlim _writes = new(1, 1);

    private WorkspaceAccessor Workspace => holder.Accessor;

    public async Task<IReadOnlyList<ProcedureListing>> ListAsync(CancellationToken cancellationToken)
    {
        var workspace = Workspace.Current;
        var records = await RecordsAsync(cancellationToken);
        var ids = Directory.GetDirectories(paths.Procedures).Select(Path.GetFileName).OfType<string>()
            .Where(name => !DefinitionLoader.ReservedFolders.Contains(name) && ProcedureId().IsMatch(name))
            .Concat(records.Select(r => r.ProcedureId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var listings = new List<ProcedureListing>();
        foreach (var id in ids)
        {
            var versions = VersionsOnDisk(id).Concat(records.Where(r => r.ProcedureId == id).Select(r => r.Version)).Distinct().Order().ToList();
            var infos = versions.Select(v => Describe(workspace, records, id, v)).ToList();
            var newest = workspace.Catalog.Versions(id).LastOrDefault();
            listings.Add(new ProcedureListing(id, newest is null ? infos.LastOrDefault(i => i.Name is not null)?.Name : NameOf(newest), infos));
        }

        return listings;
    }

    public async Task<string> ReadAsync(string procedureId, int version, CancellationToken cancellationToken)
    {
        RequireValidKey(procedureId, version);
        var path = DefinitionPublisher.VersionPath(paths.Procedures, procedureId, version);
        if (File.Exists(path))
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }

        var recorded = (await RecordsAsync(cancellationToken)).FirstOrDefault(r => r.ProcedureId == procedureId && r.Version == version && r.CanonicalContent is not null);
        return recorded?.CanonicalContent ?? throw VersionNotFound(procedureId, version);
    }

    public async Task<ValidationReport> ValidateAsync(string procedureId, int version, string text, CancellationToken cancellationToken)
    {
        RequireValidKey(procedureId, version);
        RequireLength(text);
        var options = await OptionsAsync(cancellationToken);
        return ValidationReport.Of(DefinitionLoader.LoadText(text, Display(procedureId, version), procedureId, version, options).Problems);
    }

    public async Task<SaveReport> SaveDraftAsync(string procedureId, int version, string text, CancellationToken cancellationToken)
    {
        RequireValidKey(procedureId, version);
        RequireLength(text);
        RequireDraftText(procedureId, version, text);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var records = await RecordsAsync(cancellationToken);
            var path = DefinitionPublisher.VersionPath(paths.Procedures, procedureId, version);
            var exists = File.Exists(path);
            if (records.Any(r => r.ProcedureId == procedureId && r.Version == version) || (exists && FileStatus(path) == "published"))
            {
                throw ApiProblemException.Conflict("version-published", Language.Pick(
                    $"{procedureId}/v{version} đã ban hành nên không sửa được nữa; tạo phiên bản mới (v{NextVersion(procedureId, records)}) để thay đổi.",
                    $"{procedureId}/v{version} is published and can no longer change; start a new version (v{NextVersion(procedureId, records)}) for your change."), "version");
            }

            if (!exists && version != NextVersion(procedureId, records))
            {
                throw ApiProblemException.Invalid("version-out-of-sequence", Language.Pick(
                    $"Phiên bản mới của {procedureId} phải là v{NextVersion(procedureId, records)}.",
                    $"The next version of {procedureId} must be v{NextVersion(procedureId, records)}."), "version");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            logger.LogInformation("Draft {ProcedureId} v{Version} saved", procedureId, version);
            await ReloadAsync(cancellationToken);
            var options = await OptionsAsync(cancellationToken);
            return new SaveReport(procedureId, version, !exists, ValidationReport.Of(DefinitionLoader.LoadText(text, Display(procedureId, version), procedureId, version, options).Problems));
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<PublishReport> PublishAsync(string procedureId, int version, string publishedBy, CancellationToken cancellationToken)
    {
        RequireValidKey(procedureId, version);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(DefinitionPublisher.VersionPath(paths.Procedures, procedureId, version)))
            {
                throw VersionNotFound(procedureId, version);
            }

            var now = time.GetUtcNow();
            var outcome = DefinitionPublisher.Publish(paths.Procedures, procedureId, version, publishedBy, now, await OptionsAsync(cancellationToken));
            if (!outcome.Succeeded)
            {
                throw new ApiProblemException(outcome.Problems.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict,
                    "publish-refused", outcome.Error!, "version", new Dictionary<string, object?> { ["problems"] = outcome.Problems });
            }

            var workspace = await ReloadAsync(cancellationToken);
            await loader.RecordPublishedAsync(workspace, cancellationToken);
            logger.LogInformation("Published {ProcedureId} v{Version} ({Hash}) by {PublishedBy}", procedureId, version, outcome.Record!.ContentHash, publishedBy);
            var record = outcome.Record!;
            return new PublishReport(procedureId, version, record.ContentHash, record.PublishedAt, record.PublishedBy, outcome.WasAlreadyPublished);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<NewVersionReport> StartNewVersionAsync(string procedureId, int? fromVersion, CancellationToken cancellationToken)
    {
        RequireValidKey(procedureId, fromVersion ?? 1);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var onDisk = VersionsOnDisk(procedureId);
            if (onDisk.Count == 0)
            {
                throw ApiProblemException.NotFound("procedure-not-found", Language.Pick(
                    $"Thủ tục \"{procedureId}\" chưa có tệp phiên bản nào.", $"The procedure \"{procedureId}\" has no version file."), "procedureId");
            }

            var from = fromVersion ?? onDisk.Max();
            if (!onDisk.Contains(from))
            {
                throw VersionNotFound(procedureId, from);
            }

            var created = DefinitionPublisher.CreateNextVersion(paths.Procedures, procedureId, from, Language.Current);
            var version = int.Parse(Path.GetFileNameWithoutExtension(created)[1..], CultureInfo.InvariantCulture);
            logger.LogInformation("Started {ProcedureId} v{Version} from v{From}", procedureId, version, from);
            await ReloadAsync(cancellationToken);
            return new NewVersionReport(procedureId, version, from);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Reads the folder again with the database's records and gives the engine the result.</summary>
    private async Task<ProceduresWorkspace> ReloadAsync(CancellationToken cancellationToken)
    {
        var workspace = await loader.LoadAsync(cancellationToken);
        holder.Initialise(workspace);
        return workspace;
    }

    private async Task<DefinitionLoadOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        var records = await PublishedVersionStore.ReadAsync(database, cancellationToken);
        var organisation = Workspace.Current.Organisation;
        return ProceduresWorkspace.DefinitionOptions(paths.Procedures, Language.Current, records) with
        {
            Organisation = organisation is null ? null : new OrganisationKindCatalog(organisation),
        };
    }

    private async Task<IReadOnlyList<PublishedVersionRecord>> RecordsAsync(CancellationToken cancellationToken) =>
        (await OptionsAsync(cancellationToken)).PublishedRecords;

    private ProcedureVersionInfo Describe(ProceduresWorkspace workspace, IReadOnlyList<PublishedVersionRecord> records, string id, int version)
    {
        var path = DefinitionPublisher.VersionPath(paths.Procedures, id, version);
        var hasFile = File.Exists(path);
        var loaded = workspace.Catalog.Find(id, version);
        var record = records.FirstOrDefault(r => r.ProcedureId == id && r.Version == version);
        var status = record is not null ? "published" : loaded is not null ? loaded.Status.ToString().ToLowerInvariant() : hasFile ? FileStatus(path) : "published";
        var display = Display(id, version);
        var problems = workspace.Problems.Where(p => p.File == display || p.File.StartsWith(display + " ", StringComparison.Ordinal)).ToList();
        return new ProcedureVersionInfo(version, status, loaded is null ? null : NameOf(loaded), loaded?.EffectiveFrom, record?.ContentHash ?? loaded?.Source.ContentHash,
            hasFile, loaded is not null, problems.Count(p => p.IsError), problems.Count(p => p.Severity == Engine.Diagnostics.ProblemSeverity.Warning));
    }

    private List<int> VersionsOnDisk(string procedureId)
    {
        var folder = Path.Combine(paths.Procedures, procedureId);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "v*.json").Select(f => VersionFile().Match(Path.GetFileName(f))).Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList()
            : [];
    }

    private int NextVersion(string procedureId, IReadOnlyList<PublishedVersionRecord> records) =>
        VersionsOnDisk(procedureId).Concat(records.Where(r => r.ProcedureId == procedureId).Select(r => r.Version)).DefaultIfEmpty(0).Max() + 1;

    /// <summary>The status a file says it has, read without the full loader; "unreadable" when it is not JSON.</summary>
    private static string FileStatus(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()!
                : "draft";
        }
        catch (JsonException)
        {
            return "unreadable";
        }
    }

    /// <summary>Only drafts can be written through the API: the text must be JSON naming this procedure and version as a draft.</summary>
    private static void RequireDraftText(string procedureId, int version, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw ApiProblemException.Invalid("malformed-json", Language.Pick(
                $"Nội dung không phải JSON hợp lệ (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).",
                $"The text is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})."), "body");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ApiProblemException.Invalid("not-an-object", Language.Pick("Định nghĩa thủ tục phải là một đối tượng JSON.", "A procedure definition must be a JSON object."), "body");
            }

            if (!root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String || status.GetString() != "draft")
            {
                throw ApiProblemException.Invalid("not-a-draft", Language.Pick(
                    "Chỉ lưu được bản nháp (\"status\": \"draft\"); ban hành bằng lệnh ban hành để mã băm được ghi nhận.",
                    "Only drafts can be saved (\"status\": \"draft\"); publish with the publish command so the hash is recorded."), "status");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() != procedureId)
            {
                throw ApiProblemException.Invalid("id-mismatch", Language.Pick(
                    $"Trường \"id\" phải là \"{procedureId}\" (tên thư mục).", $"\"id\" must be \"{procedureId}\" (the folder name)."), "id");
            }

            if (!root.TryGetProperty("version", out var number) || number.ValueKind != JsonValueKind.Number || !number.TryGetInt32(out var n) || n != version)
            {
                throw ApiProblemException.Invalid("version-mismatch", Language.Pick(
                    $"Trường \"version\" phải là {version} (tên tệp v{version}.json).", $"\"version\" must be {version} (the file name v{version}.json)."), "version");
            }
        }
    }

    private static void RequireLength(string text)
    {
        if (text.Length > MaxDefinitionLength)
        {
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "definition-too-large", Language.Pick(
                $"Định nghĩa dài {text.Length} ký tự, quá giới hạn {MaxDefinitionLength}.", $"The definition is {text.Length} characters long, over the limit of {MaxDefinitionLength}."), "body");
        }
    }

    private static void RequireValidKey(string procedureId, int version)
    {
        if (!ProcedureId().IsMatch(procedureId) || DefinitionLoader.ReservedFolders.Contains(procedureId))
        {
            throw ApiProblemException.Invalid("invalid-procedure-id", Language.Pick(
                $"Mã thủ tục \"{procedureId}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 100 ký tự.",
                $"The procedure id \"{procedureId}\" is not valid: lower-case letters, digits and hyphens, at most 100 characters."), "procedureId");
        }

        if (version is < 1 or > 9999)
        {
            throw ApiProblemException.Invalid("invalid-version", Language.Pick("Số phiên bản phải từ 1 đến 9999.", "The version must be between 1 and 9999."), "version");
        }
    }

    private ApiProblemException VersionNotFound(string procedureId, int version) => ApiProblemException.NotFound("version-not-found", Language.Pick(
        $"Không có {procedureId}/v{version}.", $"There is no {procedureId}/v{version}."), "version");

    private string Display(string procedureId, int version) =>
        $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(paths.Procedures))}/{procedureId}/v{version}.json";

    private static string NameOf(ProcedureDefinition definition) => Language.IsEnglish && !string.IsNullOrWhiteSpace(definition.NameEn) ? definition.NameEn : definition.Name;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex ProcedureId();

    [GeneratedRegex(@"^v([1-9][0-9]*)\.json$")]
    private static partial Regex VersionFile();
}
