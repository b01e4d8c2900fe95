using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Migration;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Moving a running dossier to a newer version: explicit, complete, audited.</summary>
public class MigrationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-migration");

    /// <summary>The repository's procedures plus a published certified-copy v2 that adds a register step before signing.</summary>
    private ProceduresWorkspace WorkspaceWithVersion2()
    {
        var root = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var v2Path = DefinitionPublisher.CreateNextVersion(root, "certified-copy", null, null);
        var json = JObject.Parse(File.ReadAllText(v2Path));
        var steps = (JArray)json["process"]!["steps"]!;
        var check = steps.Single(s => (string?)s["id"] == "check");
        check["id"] = "verify";
        check["duration"]!["value"] = 3;
        foreach (var outcome in steps.SelectMany(s => s["outcomes"] ?? new JArray()).Where(o => (string?)o["to"] == "check"))
        {
            outcome["to"] = "verify";
        }

        ((JObject)check["outcomes"]![0]!)["to"] = "register";
        json["process"]!["start"] = "verify";
        steps.Insert(1, JObject.Parse("""
            { "id": "register", "name": "Ghi sổ chứng thực", "kind": "task",
              "assignee": { "role": "civil-status-officer", "unitKind": "commune" },
              "duration": { "value": 1, "unit": "working-hours" },
              "outcomes": [ { "id": "recorded", "name": "Đã ghi sổ", "kind": "approve", "to": "sign" } ] }
            """));
        File.WriteAllText(v2Path, json.ToString());
        var outcome2 = DefinitionPublisher.Publish(root, "certified-copy", 2, "analyst", DateTimeOffset.UtcNow,
            ProceduresWorkspace.DefinitionOptions(root) with { Organisation = new OrganisationKindCatalog(EngineHarness.RepositoryWorkspace.Organisation!) });
        Assert.True(outcome2.Succeeded, outcome2.Error + string.Join("\n", outcome2.Problems));
        var workspace = ProceduresWorkspace.Load(root);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        return workspace;
    }

    [Fact]
    public async Task New_dossiers_use_the_newest_published_version_while_old_ones_keep_theirs()
    {
        await using var h = await EngineHarness.StartAsync(workspace: WorkspaceWithVersion2());
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        Assert.Equal(2, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
    }

    [Fact]
    public async Task A_running_dossier_moves_to_the_new_version_with_an_explicit_mapping()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(workspace: EngineHarness.RepositoryWorkspace);
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
        h.Workspace.Current = workspace;
        var leader = EngineHarness.Officer("p-hoa-an", "leader");

        var incomplete = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.MigrateAsync(d.DossierId, 2, [], "Áp dụng quy trình mới", leader));
        Assert.Equal(("mapping-incomplete", "mapping"), (incomplete.Code, incomplete.Field));
        Assert.Contains("Step \"check\" no longer exists in v2", incomplete.Message);
        var wrongKind = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.MigrateAsync(d.DossierId, 2, [new StepMapping("check", "issued")], "Áp dụng quy trình mới", leader));
        Assert.Equal("mapping-wrong-kind", wrongKind.Code);
        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);

        await h.Engine.MigrateAsync(d.DossierId, 2, [new StepMapping("check", "verify")], "Áp dụng quy trình mới từ 01/03", leader);

        Assert.Equal(2, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
        Assert.Equal("verify", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);
        await h.CompleteAsync(d.DossierId, "verify", "approve");
        await h.CompleteAsync(d.DossierId, "register", "recorded");
        await h.CompleteAsync(d.DossierId, "sign", "sign");
        await h.CompleteAsync(d.DossierId, "return", "returned");
        Assert.Equal(10, (await h.DossierAsync(d.DossierId)).StatusCode);
        var migrate = Assert.Single(await h.JournalAsync(d.DossierId), j => j.Command == "migrate");
        Assert.Contains("certified-copy/v1", migrate.DetailJson);
        Assert.Contains("certified-copy/v2", migrate.DetailJson);
        Assert.Equal(leader.Id, migrate.ActorId);
    }

    [Fact]
    public async Task Only_a_leader_of_the_receiving_unit_moves_a_dossier()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(workspace: EngineHarness.RepositoryWorkspace);
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        h.Workspace.Current = workspace;

        foreach (var actor in new[] { EngineHarness.Officer("p-hoa-an", "civil-status-officer"), EngineHarness.Officer("x-tan-phu-my", "leader"), new Actor("analyst-1", "Chuyên viên phân tích") })
        {
            var refused = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.MigrateAsync(d.DossierId, 2, [new StepMapping("check", "verify")], "Áp dụng quy trình mới", actor));
            Assert.Equal(WorkflowErrorKind.Forbidden, refused.Kind);
        }

        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
    }

    [Fact]
    public async Task Ten_dossiers_at_various_steps_move_in_one_run_keeping_their_clocks_once_the_removed_step_is_mapped()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), workspace: EngineHarness.RepositoryWorkspace);
        var ids = await TenDossiersAsync(h);

        // The next morning every open step is late; the worker reports each once.
        h.SetLocal(2026, 3, 3, 9, 0);
        while (await h.TimerWorker().RunOnceAsync() > 0)
        {
        }

        var duesBefore = new Dictionary<Guid, DateTime?>();
        foreach (var id in ids)
        {
            duesBefore[id] = Assert.Single(await h.OpenItemsAsync(id)).DueAt;
        }

        h.Workspace.Current = workspace;
        var analyst = new Actor("analyst-1", "Chuyên viên phân tích");
        var leader = EngineHarness.Officer("p-hoa-an", "leader");

        var dryRun = await h.Engine.PlanMigrationAsync("certified-copy", 2, []);
        Assert.False(dryRun.CanRun);
        Assert.Contains(dryRun.Problems, p => p.English.StartsWith("Step \"check\" no longer exists in v2", StringComparison.Ordinal));
        Assert.Contains(dryRun.Mapping, m => m == new StepMapping("sign", "sign"));
        Assert.Contains(dryRun.Mapping, m => m == new StepMapping("return", "return"));
        Assert.Contains(dryRun.TargetSteps, c => c.Id == "verify");
        Assert.Equal(4, dryRun.Dossiers.Count(l => l.Status == MigrationLineStatus.NeedsMapping));
        Assert.All(dryRun.Dossiers, l => Assert.True(l.Overdue));
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.PrepareMigrationAsync("certified-copy", 2, [], "Quy trình mới", analyst));
        Assert.Equal("mapping-incomplete", refused.Code);
        Assert.Contains("Step \"check\" no longer exists in v2", refused.Message);
        Assert.DoesNotContain("task step", refused.Message);
        var mappedToItself = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.PrepareMigrationAsync("certified-copy", 2, [new StepMapping("check", "check")], "Quy trình mới", analyst));
        Assert.Contains("Step \"check\" no longer exists in v2", mappedToItself.Message);
        Assert.All(ids, id => Assert.Equal(1, h.DossierAsync(id).Result.ProcedureVersion));

        var plan = await h.Engine.PlanMigrationAsync("certified-copy", 2, [new StepMapping("check", "verify")]);
        Assert.True(plan.CanRun);
        Assert.Equal(10, plan.Ready);
        var prepared = await h.Engine.PrepareMigrationAsync("certified-copy", 2, [new StepMapping("check", "verify")], "Quy trình mới", analyst);
        Assert.Equal((MigrationRunStatus.Prepared, 10, 10), (prepared.Status, prepared.Total, prepared.Pending));
        Assert.All(ids, id => Assert.Equal(1, h.DossierAsync(id).Result.ProcedureVersion));

        var progress = new List<MigrationProgress>();
        var run = await h.Engine.RunMigrationAsync(prepared.Id, leader, new SynchronousProgress(progress));

        Assert.Equal((MigrationRunStatus.Finished, 10, 0), (run.Status, run.Moved, run.Refused));
        Assert.Equal(new MigrationProgress(10, 10), progress[^1]);
        foreach (var id in ids)
        {
            Assert.Equal(2, (await h.DossierAsync(id)).ProcedureVersion);
            var open = Assert.Single(await h.OpenItemsAsync(id));
            Assert.Equal(duesBefore[id], open.DueAt);
            Assert.True(open.DueAt < h.Clock.GetUtcNow().UtcDateTime, "an overdue step stays overdue");
            var migrate = Assert.Single(await h.JournalAsync(id), j => j.Command == "migrate");
            Assert.Equal(prepared.Id, migrate.DetailAs<MigrateDetail>()!.Run);
        }

        // Still overdue, and not reported again.
        while (await h.TimerWorker().RunOnceAsync() > 0)
        {
        }

        foreach (var id in ids)
        {
            Assert.Single(await h.JournalAsync(id), j => j.Command == "step-overdue");
        }

        Assert.Equal("verify", (await h.OpenItemsAsync(ids[0]))[0].StepId);
        Assert.Empty((await h.Engine.PlanMigrationAsync("certified-copy", 2, [])).Dossiers);
        var nothing = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.PrepareMigrationAsync("certified-copy", 2, [], "Quy trình mới", analyst));
        Assert.Equal("nothing-to-migrate", nothing.Code);
    }

    [Fact]
    public async Task A_run_cut_short_resumes_with_the_dossiers_still_pending_and_records_those_refused()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), workspace: EngineHarness.RepositoryWorkspace);
        var ids = await TenDossiersAsync(h);
        h.Workspace.Current = workspace;
        var leader = EngineHarness.Officer("p-hoa-an", "leader");
        var prepared = await h.Engine.PrepareMigrationAsync("certified-copy", 2, [new StepMapping("check", "verify")], "Quy trình mới", new Actor("analyst-1", "Chuyên viên phân tích"));
        var last = prepared.Dossiers[^1].DossierId;
        await h.Engine.StopAsync(last, "Người nộp đề nghị dừng", leader);

        // The run stops after four dossiers, as a server that went down would.
        using var crash = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            h.Engine.RunMigrationAsync(prepared.Id, leader, new CallbackProgress(p => { if (p.Done == 4) crash.Cancel(); }), crash.Token));
        var cut = (await h.Engine.FindMigrationRunAsync(prepared.Id))!;
        Assert.Equal((MigrationRunStatus.Running, 4, 6), (cut.Status, cut.Moved, cut.Pending));

        var progress = new List<MigrationProgress>();
        var resumed = await h.Engine.RunMigrationAsync(prepared.Id, leader, new SynchronousProgress(progress));

        Assert.Equal((MigrationRunStatus.Finished, 9, 1), (resumed.Status, resumed.Moved, resumed.Refused));
        Assert.Equal(new MigrationProgress(6, 6), progress[^1]);
        var refusal = Assert.Single(resumed.Dossiers, d => d.Outcome == MigrationDossierOutcome.Refused);
        Assert.Equal(last, refusal.DossierId);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Reason));
        foreach (var id in ids.Where(id => id != last))
        {
            Assert.Single(await h.JournalAsync(id), j => j.Command == "migrate");
            Assert.Equal(2, (await h.DossierAsync(id)).ProcedureVersion);
        }
    }

    [Fact]
    public async Task A_leader_of_another_unit_cannot_run_a_prepared_migration()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(workspace: EngineHarness.RepositoryWorkspace);
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        h.Workspace.Current = workspace;
        var prepared = await h.Engine.PrepareMigrationAsync("certified-copy", 2, [new StepMapping("check", "verify")], "Quy trình mới", new Actor("analyst-1", "Chuyên viên phân tích"));

        foreach (var actor in new[] { EngineHarness.Officer("x-tan-phu-my", "leader"), EngineHarness.Officer("p-hoa-an", "civil-status-officer"), new Actor("analyst-1", "Chuyên viên phân tích") })
        {
            var refused = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.RunMigrationAsync(prepared.Id, actor));
            Assert.Equal((WorkflowErrorKind.Forbidden, "not-migration-leader"), (refused.Kind, refused.Code));
            Assert.Contains("p-hoa-an", refused.Message);
        }

        var unchanged = (await h.Engine.FindMigrationRunAsync(prepared.Id))!;
        Assert.Equal((MigrationRunStatus.Prepared, 1), (unchanged.Status, unchanged.Pending));
        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
    }

    /// <summary>Ten certified-copy dossiers: four on "check" (gone in v2), four on "sign", two on "return".</summary>
    private static async Task<List<Guid>> TenDossiersAsync(EngineHarness h)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
            ids.Add(d.DossierId);
            if (i >= 4)
            {
                await h.CompleteAsync(d.DossierId, "check", "approve");
            }

            if (i >= 8)
            {
                await h.CompleteAsync(d.DossierId, "sign", "sign");
            }
        }

        return ids;
    }

    private sealed class CallbackProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }

    /// <summary>Reports progress as it happens (Progress&lt;T&gt; would post to the thread pool and arrive late).</summary>
    private sealed class SynchronousProgress(List<MigrationProgress> seen) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => seen.Add(value);
    }

    public void Dispose() => _folder.Dispose();
}
