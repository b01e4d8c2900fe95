using Microsoft.EntityFrameworkCore;
using Workflow.Designer.Editing;
using Workflow.Designer.Tests.Support;
using Workflow.Designer.Workspace;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Designer.Tests.Workspace;

/// <summary>The designer's reads and writes of a real <c>procedures/</c> copy and a real SQLite database.</summary>
public class DesignerWorkspaceTests
{
    [Fact]
    public async Task The_list_shows_every_procedure_and_version_with_who_published_it_and_how_many_dossiers_run_on_it()
    {
        using var harness = await DesignerHarness.StartAsync();
        await AddDossiersAsync(harness, ("building-permit-house", 1), ("building-permit-house", 2), ("building-permit-house", 2), ("certified-copy", 1));

        var list = await harness.Workspace.ListAsync();

        // Every procedure folder of the catalogue, in order (the catalogue grows; none is left out).
        Assert.Equal(SampleDefinitions.All().Select(v => v.Id).Distinct(), list.Select(p => p.Id));
        var permit = list.Single(p => p.Id == "building-permit-house");
        Assert.Equal("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", permit.Name);
        Assert.Equal([1, 2], permit.Versions.Select(v => v.Version));
        Assert.All(permit.Versions, v => Assert.Equal((VersionStatus.Published, "Ban biên tập quy trình", 0), (v.Status, v.PublishedBy, v.Errors)));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 7, 20, 19, TimeSpan.Zero), permit.Versions[1].PublishedAt);
        Assert.Equal([1, 2], permit.Versions.Select(v => v.DossierCount));
        Assert.Equal(3, permit.DossierCount);
        Assert.Equal(1, list.Single(p => p.Id == "certified-copy").DossierCount);
    }

    [Fact]
    public async Task A_new_version_is_a_draft_copy_that_saves_and_reloads_to_the_same_model()
    {
        using var harness = await DesignerHarness.StartAsync();

        var started = await harness.Workspace.StartNewVersionAsync("building-permit-house");
        Assert.Equal(new StartedVersion("building-permit-house", 3, 2), started);
        var version = started.Version;
        var editor = await harness.OpenEditorAsync("building-permit-house", 3);
        Assert.False(editor.IsReadOnly);
        Assert.Empty(editor.Problems);

        var id = editor.Apply(d => ProcessEdits.AddStep(d, StepKind.Task, "Kiểm tra thực địa", new StepDefaults("specialist", "commune-economic-office"), "review"));
        editor.Apply(d => StepEdits.SetDuration(d, id, 0, Engine.Deadlines.DurationUnit.WorkingDays));
        editor.Apply(d => LinkEdits.Connect(d, LinkSource.Outcome("review", 0), id));
        editor.Apply(d => LinkEdits.Connect(d, LinkSource.NewOutcome(id), "needs-opinions"));
        Assert.True(editor.IsValid, string.Join("\n", editor.Problems));

        var saved = await harness.Workspace.SaveDraftAsync("building-permit-house", 3, editor.Text);

        Assert.False(saved.Created);
        Assert.True(saved.IsValid);
        var reopened = await harness.OpenEditorAsync("building-permit-house", 3);
        Assert.Equal(editor.Text, reopened.Text);
        Assert.True(Newtonsoft.Json.Linq.JToken.DeepEquals(editor.Document.Root, reopened.Document.Root));
        Assert.Equal(editor.Definition!.Process.Steps.Select(s => s.Id), reopened.Definition!.Process.Steps.Select(s => s.Id));
        Assert.Equal("Kiểm tra thực địa", reopened.Definition.Process.Find(id)!.Name);
        var loaded = harness.Engine.Current.Catalog.Find("building-permit-house", 3);
        Assert.Equal(DefinitionStatus.Draft, loaded!.Status);
        Assert.Contains(loaded.Process.Steps, s => s.Id == id);
    }

    [Fact]
    public async Task A_new_version_skips_a_version_published_in_the_database_whose_file_is_missing()
    {
        using var harness = await DesignerHarness.StartAsync();
        await using (var db = harness.Database.Create())
        {
            db.PublishedVersions.Add(new PublishedVersionRow
            {
                ProcedureId = "certified-copy", Version = 2, ContentHash = "sha256:v2", Content = "{}", PublishedAt = DesignerHarness.Now.UtcDateTime, PublishedBy = "Ban biên tập quy trình",
            });
            await db.SaveChangesAsync();
        }

        var started = await harness.Workspace.StartNewVersionAsync("certified-copy");

        Assert.Equal(new StartedVersion("certified-copy", 3, 1), started);
        Assert.False(File.Exists(DefinitionPublisher.VersionPath(harness.Procedures, "certified-copy", 2)));
    }

    [Fact]
    public async Task Publishing_records_the_version_in_the_lock_file_and_the_database_and_the_engine_runs_it_read_only()
    {
        using var harness = await DesignerHarness.StartAsync();
        await harness.Workspace.StartNewVersionAsync("certified-copy");
        var editor = await harness.OpenEditorAsync("certified-copy", 2);
        editor.Apply(d => MetadataEdits.SetEffectiveFrom(d, new DateOnly(2026, 6, 1)));
        await harness.Workspace.SaveDraftAsync("certified-copy", 2, editor.Text);

        var published = await harness.Workspace.PublishAsync("certified-copy", 2, "Nguyễn Thị Phân Tích");

        Assert.False(published.WasAlreadyPublished);
        Assert.Contains(PublishedVersionLockFile.Read(harness.Procedures), r => r.Key == "certified-copy/v2" && r.PublishedBy == "Nguyễn Thị Phân Tích");
        await using (var db = harness.Database.Create())
        {
            var row = await db.PublishedVersions.SingleAsync(r => r.ProcedureId == "certified-copy" && r.Version == 2);
            Assert.Equal(published.ContentHash, row.ContentHash);
        }

        Assert.Equal(DefinitionStatus.Published, harness.Engine.Current.Catalog.Find("certified-copy", 2)!.Status);
        var reopened = await harness.OpenEditorAsync("certified-copy", 2);
        Assert.True(reopened.IsReadOnly);
        var list = await harness.Workspace.ListAsync();
        var v2 = list.Single(p => p.Id == "certified-copy").Versions.Single(v => v.Version == 2);
        Assert.Equal((VersionStatus.Published, "Nguyễn Thị Phân Tích", DesignerHarness.Now), (v2.Status, v2.PublishedBy, v2.PublishedAt));
    }

    [Fact]
    public async Task Publishing_from_an_effective_date_writes_it_into_the_version_and_says_which_version_applies_until_then()
    {
        using var harness = await DesignerHarness.StartAsync();
        await harness.Workspace.StartNewVersionAsync("certified-copy");

        var published = await harness.Workspace.PublishAsync("certified-copy", 2, "analyst", new DateOnly(2026, 3, 9));

        Assert.Equal(new PublicationSchedule("certified-copy", 2, new DateOnly(2026, 3, 9), 1, new DateOnly(2024, 1, 1)), published.Schedule);
        Assert.Equal("v1 (hiệu lực từ 01/01/2024) vẫn áp dụng cho hồ sơ nhận đến hết ngày 08/03/2026; v2 áp dụng cho hồ sơ nhận từ ngày 09/03/2026.", published.Schedule!.Sentence);
        var catalog = harness.Engine.Current.Catalog;
        Assert.Equal(new DateOnly(2026, 3, 9), catalog.Find("certified-copy", 2)!.EffectiveFrom);
        Assert.Equal((1, 2), (catalog.InForce("certified-copy", new DateOnly(2026, 3, 8))!.Version, catalog.InForce("certified-copy", new DateOnly(2026, 3, 9))!.Version));
        Assert.Contains("\"effectiveFrom\": \"2026-03-09\"", File.ReadAllText(DefinitionPublisher.VersionPath(harness.Procedures, "certified-copy", 2)));
    }

    [Fact]
    public async Task Without_a_date_a_draft_copied_from_an_old_version_is_proposed_for_the_next_working_day()
    {
        using var harness = await DesignerHarness.StartAsync();
        await harness.Workspace.StartNewVersionAsync("certified-copy");

        // The copy still says 2024-01-01; today is Monday 02/03/2026.
        Assert.Equal(new DateOnly(2026, 3, 3), harness.Workspace.ProposedEffectiveDate("certified-copy", 2, new DateOnly(2024, 1, 1)));
        Assert.Equal(new DateOnly(2026, 6, 1), harness.Workspace.ProposedEffectiveDate("certified-copy", 2, new DateOnly(2026, 6, 1)));
        var published = await harness.Workspace.PublishAsync("certified-copy", 2, "analyst");
        Assert.Equal(new DateOnly(2026, 3, 3), published.Schedule!.EffectiveFrom);
    }

    [Fact]
    public async Task A_past_effective_date_or_one_before_a_published_version_takes_effect_is_refused_naming_the_field()
    {
        using var harness = await DesignerHarness.StartAsync();
        await harness.Workspace.StartNewVersionAsync("building-permit-house");
        var path = DefinitionPublisher.VersionPath(harness.Procedures, "building-permit-house", 3);
        var before = File.ReadAllText(path);

        var past = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.PublishAsync("building-permit-house", 3, "analyst", new DateOnly(2026, 3, 1)));
        Assert.Equal((DesignerRefusal.EffectiveDatePast, 400, "effectiveFrom", "effective-date-past"), (past.Reason, past.HttpStatus, past.Member, past.Code));
        Assert.Equal("Ngày hiệu lực 01/03/2026 đã qua: chọn hôm nay (02/03/2026) hoặc một ngày sau đó.", past.Message);

        Assert.Equal(before, File.ReadAllText(path));
        Assert.DoesNotContain(PublishedVersionLockFile.Read(harness.Procedures), r => r.Key == "building-permit-house/v3");

        // Today is accepted: v2 then applies up to yesterday.
        var today = harness.Workspace.Schedule("building-permit-house", 3, new DateOnly(2026, 3, 2));
        Assert.Equal((2, new DateOnly(2026, 3, 1)), (today.VersionInForceUntilThen, today.LastDayOfVersionInForce));

        await harness.Workspace.StartNewVersionAsync("certified-copy");
        await harness.Workspace.PublishAsync("certified-copy", 2, "analyst", new DateOnly(2026, 6, 1));
        await harness.Workspace.StartNewVersionAsync("certified-copy");
        var early = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.PublishAsync("certified-copy", 3, "analyst", new DateOnly(2026, 5, 1)));
        Assert.Equal((DesignerRefusal.EffectiveDateBeforePublishedVersion, "effectiveFrom"), (early.Reason, early.Member));
        Assert.Equal("v2 đã ban hành có hiệu lực từ 01/06/2026; v3 phải có hiệu lực từ ngày đó trở đi, không phải 01/05/2026.", early.Message);
        Assert.Equal(new DateOnly(2026, 6, 1), harness.Workspace.ProposedEffectiveDate("certified-copy", 3, null));
    }

    [Fact]
    public async Task A_published_version_refuses_edits_in_the_editor_and_on_disk()
    {
        using var harness = await DesignerHarness.StartAsync();
        var editor = await harness.OpenEditorAsync("building-permit-house", 2);
        var before = editor.Text;

        Assert.True(editor.IsReadOnly);
        var refused = Assert.Throws<ReadOnlyDefinitionException>(() => editor.Apply(d => StepEdits.SetName(d, "review", "Đổi tên")));
        Assert.Contains("phiên bản mới", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, editor.Text);
        Assert.False(editor.IsDirty);
        Assert.False(editor.CanUndo);

        var draftText = before.Replace("\"status\": \"published\"", "\"status\": \"draft\"", StringComparison.Ordinal);
        var write = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.SaveDraftAsync("building-permit-house", 2, draftText));
        Assert.Equal((DesignerRefusal.VersionPublished, 409), (write.Reason, write.HttpStatus));
        var notDraft = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.SaveDraftAsync("building-permit-house", 3, before));
        Assert.Equal(DesignerRefusal.NotADraft, notDraft.Reason);
        var skipped = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.SaveDraftAsync("building-permit-house", 4,
            draftText.Replace("\"version\": 2", "\"version\": 4", StringComparison.Ordinal)));
        Assert.Equal(DesignerRefusal.VersionOutOfSequence, skipped.Reason);
        Assert.Equal(before, File.ReadAllText(DefinitionPublisher.VersionPath(harness.Procedures, "building-permit-house", 2)));
    }

    [Fact]
    public async Task A_draft_with_errors_saves_but_does_not_publish()
    {
        using var harness = await DesignerHarness.StartAsync();
        var version = (await harness.Workspace.StartNewVersionAsync("birth-registration")).Version;
        var editor = await harness.OpenEditorAsync("birth-registration", version);
        editor.Apply(d => ProcessEdits.AddStep(d, StepKind.Task, "Bước chưa nối", StepDefaults.For(d)));

        var saved = await harness.Workspace.SaveDraftAsync("birth-registration", version, editor.Text);
        Assert.False(saved.IsValid);

        var refused = await Assert.ThrowsAsync<DesignerRefusedException>(() => harness.Workspace.PublishAsync("birth-registration", version, "analyst"));
        Assert.Equal((DesignerRefusal.PublishRefused, 422), (refused.Reason, refused.HttpStatus));
        Assert.NotEmpty(refused.Problems);
        Assert.DoesNotContain(PublishedVersionLockFile.Read(harness.Procedures), r => r.Key == $"birth-registration/v{version}");

        // Birth registration keeps its same-day warning (WF041) either way; only the errors come and go.
        editor.Undo();
        Assert.DoesNotContain(editor.Problems, p => p.IsError);
        editor.Redo();
        Assert.Contains(editor.Problems, p => p.IsError);
    }

    [Fact]
    public async Task Validating_a_text_reports_what_the_editor_shows_including_a_file_step_naming_an_unknown_procedure()
    {
        using var harness = await DesignerHarness.StartAsync();
        var version = (await harness.Workspace.StartNewVersionAsync("birth-registration")).Version;
        var editor = await harness.OpenEditorAsync("birth-registration", version);
        editor.Apply(d => StepEdits.SetLinkedProcedure(d, "file-residence", "no-such-procedure"));

        var problems = await harness.Workspace.ValidateAsync("birth-registration", version, editor.Text);

        Assert.Contains(problems, p => p.Code == ProblemCodes.LinkedProcedureUnknown);
        Assert.Equal(editor.Problems.Select(p => (p.Code, p.JsonPath)).Order(), problems.Select(p => (p.Code, p.JsonPath)).Order());
        var saved = await harness.Workspace.SaveDraftAsync("birth-registration", version, editor.Text);
        Assert.Contains(saved.Problems, p => p.Code == ProblemCodes.LinkedProcedureUnknown);
    }

    private static async Task AddDossiersAsync(DesignerHarness harness, params (string Procedure, int Version)[] dossiers)
    {
        await using var db = harness.Database.Create();
        var n = 0;
        foreach (var (procedure, version) in dossiers)
        {
            db.Dossiers.Add(new DossierRecord
            {
                Id = Guid.NewGuid(),
                Code = $"TEST-{++n}",
                ProcedureId = procedure,
                ProcedureVersion = version,
                ProcedureName = procedure,
                ReceivingUnitId = "x-tan-phu-my",
                ApplicantName = "Nguyễn Văn A",
                ApplicantSearchName = "nguyen van a",
                SubmittedAt = DesignerHarness.Now.UtcDateTime,
            });
        }

        await db.SaveChangesAsync();
    }
}
