using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Validation;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Workspace;

/// <summary>
/// The analysts' side of <c>procedures/</c>: list every procedure and version with its dossiers,
/// read a version, validate text with the command line's loader, save drafts, publish (lock file,
/// database, then the engine's workspace is swapped), and start new versions. Published versions
/// are never written. Writes are serialised.
/// </summary>
public sealed partial class DesignerWorkspace(DesignerOptions options, WorkspaceAccessor engine, WorkflowDbContextFactory database, TimeProvider time, ILogger<DesignerWorkspace> logger)
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    public string Root { get; } = Path.GetFullPath(options.ProceduresPath);

    public DesignerOptions Options { get; } = options;

    /// <summary>What the engine runs with now.</summary>
    public ProceduresWorkspace Current => engine.Current;

    public async Task<IReadOnlyList<ProcedureSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var workspace = Current;
        var records = await PublishedRecordsAsync(cancellationToken);
        var dossiers = await DossierCountsAsync(cancellationToken);
        var ids = Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>()
            .Where(name => !DefinitionLoader.ReservedFolders.Contains(name) && ProcedureIdPattern().IsMatch(name))
            .Concat(records.Select(r => r.ProcedureId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var list = new List<ProcedureSummary>();
        foreach (var id in ids)
        {
            var versions = VersionsOnDisk(id).Concat(records.Where(r => r.ProcedureId == id).Select(r => r.Version)).Distinct().Order()
                .Select(v => Describe(workspace, records, dossiers, id, v)).ToList();
            var newest = workspace.Catalog.Versions(id).LastOrDefault();
            var name = newest is not null ? NameOf(newest) : versions.LastOrDefault(v => v.Name is not null)?.Name ?? id;
            list.Add(new ProcedureSummary(id, name, newest?.Code, versions));
        }

        return list;
    }

    /// <summary>A version's text: the file, or the database's copy when this node's folder lacks it.</summary>
    public async Task<OpenedVersion> OpenAsync(string procedureId, int version, CancellationToken cancellationToken = default)
    {
        RequireValidKey(procedureId, version);
        var records = await PublishedRecordsAsync(cancellationToken);
        var recorded = records.FirstOrDefault(r => r.ProcedureId == procedureId && r.Version == version);
        var path = DefinitionPublisher.VersionPath(Root, procedureId, version);
        if (File.Exists(path))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            return new OpenedVersion(procedureId, version, text, recorded is not null || FileStatus(text) == "published", false);
        }

        if (recorded?.CanonicalContent is { } canonical)
        {
            // The canonical form has no whitespace; indent it so it can be read.
            var indented = JToken.Parse(canonical).ToString(Formatting.Indented) + "\n";
            return new OpenedVersion(procedureId, version, indented, true, true);
        }

        throw VersionNotFound(procedureId, version);
    }

    /// <summary>A version read as a definition document, for what works on its JSON (exports, comparisons).</summary>
    /// <exception cref="DesignerRefusedException">The version does not exist, or its file was left not a JSON object (a hand edit half done).</exception>
    public async Task<DefinitionDocument> OpenDocumentAsync(string procedureId, int version, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(procedureId, version, cancellationToken);
        try
        {
            return DefinitionDocument.Parse(opened.Text);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            var where = ex is JsonReaderException { LineNumber: > 0 } json
                ? T($" (dòng {json.LineNumber}, vị trí {json.LinePosition})", $" (line {json.LineNumber}, position {json.LinePosition})")
                : "";
            throw new DesignerRefusedException(DesignerRefusal.MalformedJson, T(
                $"{procedureId}/v{version} chưa phải một đối tượng JSON hợp lệ{where}; sửa tệp bằng trình soạn thảo văn bản rồi mở lại.",
                $"{procedureId}/v{version} is not a valid JSON object yet{where}; fix the file in a text editor and open it again."), "version");
        }
    }

    /// <summary>A validator with the options the loader uses for the whole folder: the organisation, every publication recorded in the lock file and the database, and the loaded procedures a file step may name.</summary>
    public async Task<DraftValidator> ValidatorAsync(CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        var recorded = await PublishedVersionStore.ReadAsync(database, cancellationToken);
        return new DraftValidator(LoadOptions(culture, recorded), Path.GetFileName(Path.TrimEndingDirectorySeparator(Root)), Current.Catalog.All.ToList());
    }

    /// <summary>Every problem the editor would show for a text of this version (the loader's and the file steps' checks), nothing written.</summary>
    public async Task<IReadOnlyList<Engine.Diagnostics.Problem>> ValidateAsync(string procedureId, int version, string text, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        RequireValidKey(procedureId, version);
        RequireLength(text);
        var validator = await ValidatorAsync(culture ?? CultureInfo.CurrentUICulture, cancellationToken);
        return validator.Validate(text, procedureId, version).Problems;
    }

    public async Task<SavedDraft> SaveDraftAsync(string procedureId, int version, string text, CancellationToken cancellationToken = default)
    {
        RequireValidKey(procedureId, version);
        RequireLength(text);
        RequireDraftText(procedureId, version, text);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var records = await PublishedRecordsAsync(cancellationToken);
            var path = DefinitionPublisher.VersionPath(Root, procedureId, version);
            var exists = File.Exists(path);
            var next = VersionNumbers.NextFree(Root, procedureId, records);
            if (records.Any(r => r.ProcedureId == procedureId && r.Version == version) || (exists && FileStatus(await File.ReadAllTextAsync(path, cancellationToken)) == "published"))
            {
                throw new DesignerRefusedException(DesignerRefusal.VersionPublished, T(
                    $"{procedureId}/v{version} đã ban hành nên không sửa được nữa; tạo phiên bản mới (v{next}) để thay đổi.",
                    $"{procedureId}/v{version} is published and can no longer change; start a new version (v{next}) for your change."), "version");
            }

            if (!exists && version != next)
            {
                throw new DesignerRefusedException(DesignerRefusal.VersionOutOfSequence, T(
                    $"Phiên bản mới của {procedureId} phải là v{next}.",
                    $"The next version of {procedureId} must be v{next}."), "version");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await WriteAtomicallyAsync(path, text, cancellationToken);
            logger.LogInformation("Draft {ProcedureId} v{Version} saved", procedureId, version);
            await ReloadAsync(cancellationToken);
            var validator = await ValidatorAsync(CultureInfo.CurrentUICulture, cancellationToken);
            var problems = validator.Validate(text, procedureId, version).Problems;
            return new SavedDraft(procedureId, version, !exists, problems);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>The number a new draft of the procedure gets: one past its newest file or published record (1 for a new procedure).</summary>
    public async Task<int> NextVersionAsync(string procedureId, CancellationToken cancellationToken = default)
    {
        // The id may come from an imported file: checked before it names a folder to list.
        RequireValidKey(procedureId, 1);
        return VersionNumbers.NextFree(Root, procedureId, await PublishedRecordsAsync(cancellationToken));
    }

    /// <summary>
    /// Publishes a draft from an effective date: the one given, or else <see cref="ProposedEffectiveDate"/>.
    /// The date is written into the draft first, so the published (hashed) file carries it; a date
    /// in the past, or before a published version takes effect, is refused.
    /// </summary>
    public async Task<PublishedVersion> PublishAsync(string procedureId, int version, string publishedBy, DateOnly? effectiveFrom = null, CancellationToken cancellationToken = default)
    {
        RequireValidKey(procedureId, version);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var path = DefinitionPublisher.VersionPath(Root, procedureId, version);
            if (!File.Exists(path))
            {
                throw VersionNotFound(procedureId, version);
            }

            var recorded = await PublishedVersionStore.ReadAsync(database, cancellationToken);
            var original = await File.ReadAllTextAsync(path, cancellationToken);
            var published = ProceduresWorkspace.PublishedRecords(Root, recorded).Any(r => r.ProcedureId == procedureId && r.Version == version) || FileStatus(original) == "published";
            var schedule = published ? null : await DateDraftAsync(procedureId, version, path, original, effectiveFrom, cancellationToken);
            var outcome = DefinitionPublisher.Publish(Root, procedureId, version, publishedBy, time.GetUtcNow(), LoadOptions(CultureInfo.CurrentUICulture, recorded));
            if (!outcome.Succeeded)
            {
                await WriteAtomicallyAsync(path, original, cancellationToken);
                throw new DesignerRefusedException(DesignerRefusal.PublishRefused, outcome.Error!, "version", outcome.Problems);
            }

            var workspace = await ReloadAsync(cancellationToken);
            await PublishedVersionStore.RecordAsync(database, workspace.Catalog.All, PublishedVersionLockFile.Read(Root), time.GetUtcNow(), cancellationToken);
            var record = outcome.Record!;
            logger.LogInformation("Published {ProcedureId} v{Version} ({Hash}) by {PublishedBy}, effective {EffectiveFrom}", procedureId, version, record.ContentHash, publishedBy, schedule?.EffectiveFrom);
            return new PublishedVersion(procedureId, version, record.ContentHash, record.PublishedAt, record.PublishedBy, outcome.WasAlreadyPublished, schedule);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Today in Vietnam, by the host's clock.</summary>
    public DateOnly Today => VietnamTime.LocalDate(time.GetUtcNow());

    /// <summary>
    /// The effective date publishing proposes: the draft's own when it is not past, otherwise the next
    /// working day; never before a published version of the procedure takes effect.
    /// </summary>
    public DateOnly ProposedEffectiveDate(string procedureId, int version, DateOnly? draftDate)
    {
        var today = Today;
        var proposed = draftDate is { } date && date >= today ? date : new WorkingClock(Current.Calendar).NextWorkingDayAfter(today);
        return LatestPublished(procedureId, version)?.EffectiveFrom is { } latest && latest > proposed ? latest : proposed;
    }

    /// <summary>What publishing from <paramref name="effectiveFrom"/> means for new dossiers, or why that date is refused.</summary>
    /// <exception cref="DesignerRefusedException">The date is past, or before a published version of the procedure takes effect.</exception>
    public PublicationSchedule Schedule(string procedureId, int version, DateOnly effectiveFrom)
    {
        var today = Today;
        var date = VietnamTime.FormatDate(effectiveFrom);
        if (effectiveFrom < today)
        {
            throw new DesignerRefusedException(DesignerRefusal.EffectiveDatePast, T(
                $"Ngày hiệu lực {date} đã qua: chọn hôm nay ({VietnamTime.FormatDate(today)}) hoặc một ngày sau đó.",
                $"The effective date {date} is in the past: choose today ({VietnamTime.FormatDate(today)}) or a later day."), "effectiveFrom");
        }

        if (LatestPublished(procedureId, version) is { EffectiveFrom: { } latest } earlier && effectiveFrom < latest)
        {
            throw new DesignerRefusedException(DesignerRefusal.EffectiveDateBeforePublishedVersion, T(
                $"v{earlier.Version} đã ban hành có hiệu lực từ {VietnamTime.FormatDate(latest)}; v{version} phải có hiệu lực từ ngày đó trở đi, không phải {date}.",
                $"The published v{earlier.Version} takes effect on {VietnamTime.FormatDate(latest)}; v{version} must take effect on that day or later, not {date}."), "effectiveFrom");
        }

        var inForce = Current.Catalog.InForce(procedureId, effectiveFrom.AddDays(-1));
        return new PublicationSchedule(procedureId, version, effectiveFrom, inForce?.Version, inForce?.EffectiveFrom);
    }

    private ProcedureDefinition? LatestPublished(string procedureId, int version) =>
        Current.Catalog.Versions(procedureId).Where(v => v.Status == DefinitionStatus.Published && v.Version != version && v.EffectiveFrom is not null).MaxBy(v => v.EffectiveFrom);

    // Writes the effective date into the draft when it differs; a text the designer cannot read is left to the publisher to refuse.
    private async Task<PublicationSchedule?> DateDraftAsync(string procedureId, int version, string path, string text, DateOnly? effectiveFrom, CancellationToken cancellationToken)
    {
        DefinitionDocument document;
        try
        {
            document = DefinitionDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }

        var written = DateOnly.TryParseExact((string?)document.Root["effectiveFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var schedule = Schedule(procedureId, version, effectiveFrom ?? ProposedEffectiveDate(procedureId, version, written));
        if (written != schedule.EffectiveFrom)
        {
            MetadataEdits.SetEffectiveFrom(document, schedule.EffectiveFrom);
            await WriteAtomicallyAsync(path, document.ToText(), cancellationToken);
        }

        return schedule;
    }

    /// <summary>Copies a version (the newest by default) to the next number as a draft.</summary>
    public async Task<StartedVersion> StartNewVersionAsync(string procedureId, int? fromVersion = null, CancellationToken cancellationToken = default)
    {
        RequireValidKey(procedureId, fromVersion ?? 1);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var onDisk = VersionsOnDisk(procedureId);
            if (onDisk.Count == 0)
            {
                throw new DesignerRefusedException(DesignerRefusal.ProcedureNotFound, T(
                    $"Thủ tục \"{procedureId}\" chưa có tệp phiên bản nào.", $"The procedure \"{procedureId}\" has no version file."), "procedureId");
            }

            var from = fromVersion ?? onDisk.Max();
            if (!onDisk.Contains(from))
            {
                throw VersionNotFound(procedureId, from);
            }

            var created = DefinitionPublisher.CreateNextVersion(Root, procedureId, from, CultureInfo.CurrentUICulture, await PublishedRecordsAsync(cancellationToken));
            var version = int.Parse(Path.GetFileNameWithoutExtension(created)[1..], CultureInfo.InvariantCulture);
            logger.LogInformation("Started {ProcedureId} v{Version} from v{From}", procedureId, version, from);
            await ReloadAsync(cancellationToken);
            return new StartedVersion(procedureId, version, from);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Reads the folder again with the database's records and gives the engine the result (kept as it was when the organisation cannot be read).</summary>
    public async Task<ProceduresWorkspace> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var recorded = await PublishedVersionStore.ReadAsync(database, cancellationToken);
        var workspace = ProceduresWorkspace.Load(Root, culture: null, extraRecords: recorded, Options.DefaultConvention);
        if (workspace.Organisation is null)
        {
            logger.LogError("The organisation in {Root} has errors; the engine keeps the procedures it had", Root);
            return Current;
        }

        engine.Current = workspace;
        return workspace;
    }

    /// <summary>How many dossiers run on each version, keyed by <c>id/vN</c>.</summary>
    public async Task<IReadOnlyDictionary<string, int>> DossierCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var counts = await db.Dossiers.AsNoTracking()
            .GroupBy(d => new { d.ProcedureId, d.ProcedureVersion })
            .Select(g => new { g.Key.ProcedureId, g.Key.ProcedureVersion, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => VersionKey.Of(c.ProcedureId, c.ProcedureVersion), c => c.Count, StringComparer.Ordinal);
    }

    private DefinitionLoadOptions LoadOptions(CultureInfo? culture, IReadOnlyList<PublishedVersionRecord> recorded)
    {
        var organisation = Current.Organisation;
        return ProceduresWorkspace.DefinitionOptions(Root, culture, recorded, Current.Calendar, Options.DefaultConvention) with
        {
            Organisation = organisation is null ? null : new OrganisationKindCatalog(organisation),
        };
    }

    private async Task<IReadOnlyList<PublishedVersionRecord>> PublishedRecordsAsync(CancellationToken cancellationToken) =>
        ProceduresWorkspace.PublishedRecords(Root, await PublishedVersionStore.ReadAsync(database, cancellationToken));

    private VersionSummary Describe(ProceduresWorkspace workspace, IReadOnlyList<PublishedVersionRecord> records, IReadOnlyDictionary<string, int> dossiers, string id, int version)
    {
        var path = DefinitionPublisher.VersionPath(Root, id, version);
        var hasFile = File.Exists(path);
        var text = hasFile ? File.ReadAllText(path) : null;
        var loaded = workspace.Catalog.Find(id, version);
        var record = records.FirstOrDefault(r => r.ProcedureId == id && r.Version == version);
        var fileStatus = text is null ? null : FileStatus(text);
        var status = record is not null || loaded?.Status == DefinitionStatus.Published || fileStatus == "published" ? VersionStatus.Published
            : fileStatus == "unreadable" ? VersionStatus.Unreadable
            : VersionStatus.Draft;
        var display = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Root))}/{id}/v{version}.json";
        var problems = workspace.Problems.Where(p => p.File == display || p.File.StartsWith(display + " ", StringComparison.Ordinal)).ToList();
        return new VersionSummary(
            version,
            status,
            loaded is not null ? NameOf(loaded) : text is null ? null : NameInText(text),
            loaded?.EffectiveFrom,
            record?.PublishedAt,
            record?.PublishedBy,
            record?.ContentHash ?? loaded?.Source.ContentHash,
            dossiers.GetValueOrDefault(VersionKey.Of(id, version)),
            hasFile,
            loaded is not null,
            problems.Count(p => p.IsError),
            problems.Count(p => p.Severity == Engine.Diagnostics.ProblemSeverity.Warning));
    }

    private IReadOnlyList<int> VersionsOnDisk(string procedureId) => VersionNumbers.OnDisk(Root, procedureId);

    /// <summary>The status a text says it has, read without the loader; "unreadable" when it is not a JSON object.</summary>
    private static string FileStatus(string text)
    {
        try
        {
            return DefinitionJson.Parse(text) is JObject root ? (string?)root["status"] ?? "draft" : "unreadable";
        }
        catch (JsonException)
        {
            return "unreadable";
        }
    }

    private static string? NameInText(string text)
    {
        try
        {
            return DefinitionJson.Parse(text) is JObject root ? (string?)root["name"] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void RequireDraftText(string procedureId, int version, string text)
    {
        JToken json;
        try
        {
            json = DefinitionJson.Parse(text);
        }
        catch (JsonReaderException ex)
        {
            throw new DesignerRefusedException(DesignerRefusal.MalformedJson, T(
                $"Nội dung không phải JSON hợp lệ (dòng {ex.LineNumber}, vị trí {ex.LinePosition}).",
                $"The text is not valid JSON (line {ex.LineNumber}, position {ex.LinePosition})."), "body");
        }

        if (json is not JObject root)
        {
            throw new DesignerRefusedException(DesignerRefusal.NotAnObject, T("Định nghĩa thủ tục phải là một đối tượng JSON.", "A procedure definition must be a JSON object."), "body");
        }

        if ((root["status"] as JValue)?.Value as string != "draft")
        {
            throw new DesignerRefusedException(DesignerRefusal.NotADraft, T(
                "Chỉ lưu được bản nháp (\"status\": \"draft\"); ban hành bằng lệnh ban hành để mã băm được ghi nhận.",
                "Only drafts can be saved (\"status\": \"draft\"); publish with the publish command so the hash is recorded."), "status");
        }

        if ((root["id"] as JValue)?.Value as string != procedureId)
        {
            throw new DesignerRefusedException(DesignerRefusal.IdMismatch, T(
                $"Trường \"id\" phải là \"{procedureId}\" (tên thư mục).", $"\"id\" must be \"{procedureId}\" (the folder name)."), "id");
        }

        if (root["version"] is not JValue { Type: JTokenType.Integer } number || number.Value<long>() != version)
        {
            throw new DesignerRefusedException(DesignerRefusal.VersionMismatch, T(
                $"Trường \"version\" phải là {version} (tên tệp v{version}.json).", $"\"version\" must be {version} (the file name v{version}.json)."), "version");
        }
    }

    private static void RequireLength(string text)
    {
        if (text.Length > DesignerOptions.MaxDefinitionLength)
        {
            throw new DesignerRefusedException(DesignerRefusal.TooLarge, T(
                $"Định nghĩa dài {text.Length} ký tự, quá giới hạn {DesignerOptions.MaxDefinitionLength}.",
                $"The definition is {text.Length} characters long, over the limit of {DesignerOptions.MaxDefinitionLength}."), "body");
        }
    }

    private static void RequireValidKey(string procedureId, int version)
    {
        if (!ProcedureIdPattern().IsMatch(procedureId) || DefinitionLoader.ReservedFolders.Contains(procedureId))
        {
            throw new DesignerRefusedException(DesignerRefusal.InvalidProcedureId, T(
                $"Mã thủ tục \"{procedureId}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 100 ký tự.",
                $"The procedure id \"{procedureId}\" is not valid: lower-case letters, digits and hyphens, at most 100 characters."), "procedureId");
        }

        if (version is < 1 or > 9999)
        {
            throw new DesignerRefusedException(DesignerRefusal.InvalidVersion, T("Số phiên bản phải từ 1 đến 9999.", "The version must be between 1 and 9999."), "version");
        }
    }

    private static DesignerRefusedException VersionNotFound(string procedureId, int version) =>
        new(DesignerRefusal.VersionNotFound, T($"Không có {procedureId}/v{version}.", $"There is no {procedureId}/v{version}."), "version");

    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static string NameOf(ProcedureDefinition definition) =>
        Text.IsEnglish(null) && !string.IsNullOrWhiteSpace(definition.NameEn) ? definition.NameEn : definition.Name;

    private static string T(string vietnamese, string english) => Text.Pick(null, vietnamese, english);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex ProcedureIdPattern();
}
