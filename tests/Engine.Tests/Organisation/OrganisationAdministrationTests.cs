using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Organisation;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>
/// The organisation kept in the database and changed by an administrator: the Sở Xây dựng merges
/// into the Sở Nông nghiệp và Môi trường while building permits wait for its opinion.
/// </summary>
public class OrganisationAdministrationTests
{
    private static readonly Actor Administrator = new("quantri", "Quản trị hệ thống");
    private static readonly DateOnly MergerDay = new(2026, 3, 10);

    [Fact]
    public async Task A_merger_moves_open_tasks_memberships_and_later_work_to_the_successor_on_its_effective_date()
    {
        await using var h = await EngineHarness.StartAsync();
        var store = new OrganisationStore(h.Database, h.Workspace, h.Clock);
        Assert.True(await store.SeedAndUseAsync());
        var held = await AtConsultationAsync(h);
        var waiting = await AtConsultationAsync(h);
        var later = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        await h.CompleteAsync(later.DossierId, "receive", "transfer");
        var specialist = EngineHarness.Officer("so-xay-dung", "specialist");
        await h.Engine.ClaimAsync((await h.SingleOpenTaskAsync(held, "consult-construction")).Id, specialist);

        var merger = new OrganisationChange(OrganisationChangeKind.MergeUnit, UnitId: "so-xay-dung", EffectiveDate: MergerDay, SuccessorId: "so-nnmt");
        var preview = await store.PreviewAsync(merger);
        Assert.Equal([held, waiting], preview.OpenTasks.Select(t => t.DossierId).Order());
        Assert.Contains(preview.Procedures, p => p is { ProcedureId: "building-permit-house", Version: 2, StepId: "consult-construction" });
        Assert.All(preview.Memberships, m => Assert.Equal("so-nnmt", m.MovesTo));
        Assert.Contains(preview.Memberships, m => m.OfficerId == specialist.Id);
        Assert.StartsWith("Sáp nhập Sở Xây dựng", preview.Summary);

        var (change, _) = await store.ApplyAsync(merger, Administrator);

        // Before the effective date nothing moves, whatever the timer workers do.
        await h.NodeTimerWorker.RunOnceAsync();
        Assert.Equal("so-xay-dung", (await h.SingleOpenTaskAsync(waiting, "consult-construction")).UnitId);

        // On the day, two nodes' workers run at once: each task moves once.
        h.SetLocal(2026, 3, 10, 7, 30);
        await Task.WhenAll(h.NodeTimerWorker.RunOnceAsync(), h.TimerWorker("node-b").RunOnceAsync());
        foreach (var dossier in new[] { held, waiting })
        {
            Assert.Equal("so-nnmt", (await h.SingleOpenTaskAsync(dossier, "consult-construction")).UnitId);
            var line = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.UnitSuccession);
            var detail = line.DetailAs<UnitSuccessionDetail>()!;
            Assert.Equal(("so-xay-dung", "so-nnmt", change.Id, MergerDay, dossier == held), (detail.From, detail.To, detail.Change, detail.EffectiveDate, detail.HolderKept));
            Assert.Equal(Actor.System.Id, line.ActorId);
        }

        // The holder's role moved with the unit: they keep the task and can finish it at the successor.
        await using (var db = h.Database.Create())
        {
            var roles = await db.Memberships.AsNoTracking().Where(m => m.OfficerId == specialist.Id).OrderBy(m => m.ValidFrom).ToListAsync();
            Assert.Equal([("so-xay-dung", (DateOnly?)MergerDay), ("so-nnmt", null)], roles.Select(m => (m.UnitId, m.ValidTo)));
            var logged = await db.OrganisationChanges.AsNoTracking().SingleAsync();
            Assert.Equal((2, Administrator.Name), (logged.TasksMoved, logged.ByName));
            Assert.NotNull(logged.SuccessionDoneAt);
        }

        Assert.Equal("specialist@so-xay-dung", (await h.SingleOpenTaskAsync(held, "consult-construction")).AssigneeId);
        await h.Engine.CompleteAsync(new CompleteTask((await h.SingleOpenTaskAsync(held, "consult-construction")).Id, "opinion", "Đồng ý"), specialist);
        Assert.Null((await h.SingleOpenTaskAsync(waiting, "consult-construction")).AssigneeId);

        // A dossier that reaches the step after the merger goes to the successor at once.
        await h.CompleteAsync(later.DossierId, "review", "consult");
        Assert.Equal("so-nnmt", (await h.SingleOpenTaskAsync(later.DossierId, "consult-construction")).UnitId);

        // A dossier received after the merger goes there too, though the procedure still names the Sở Xây dựng.
        var received = await AtConsultationAsync(h, expectedUnit: "so-nnmt");
        Assert.DoesNotContain(await h.JournalAsync(received), j => j.Command == JournalKinds.UnitSuccession);

        // A later pass finds nothing more to move.
        await h.NodeTimerWorker.RunOnceAsync();
        Assert.Single(await h.JournalAsync(waiting), j => j.Command == JournalKinds.UnitSuccession);
    }

    [Fact]
    public async Task Another_node_sees_the_change_at_its_next_refresh_and_the_export_is_the_file_format_byte_for_byte()
    {
        await using var h = await EngineHarness.StartAsync();
        var store = new OrganisationStore(h.Database, h.Workspace, h.Clock);
        await store.SeedAndUseAsync();
        var otherNode = new WorkspaceAccessor(EngineHarness.RepositoryWorkspace);
        Assert.False(await new OrganisationStore(h.Database, otherNode, h.Clock).SeedAndUseAsync());
        var before = await store.ExportAsync();

        await store.ApplyAsync(new OrganisationChange(OrganisationChangeKind.MergeUnit, UnitId: "so-xay-dung", EffectiveDate: MergerDay, SuccessorId: "so-nnmt"), Administrator);
        await store.ApplyAsync(new OrganisationChange(OrganisationChangeKind.CreateUnit, UnitId: "so-nnmt-phong-xay-dung", EffectiveDate: MergerDay,
            Name: "Phòng Quản lý xây dựng", NameEn: "Construction management division", Code: "H55.13.05", KindId: "department", ParentId: "so-nnmt"), Administrator);

        Assert.Null(otherNode.Current.Organisation!.EndOf("so-xay-dung"));
        await otherNode.RefreshAsync();
        Assert.Equal(MergerDay, otherNode.Current.Organisation!.EndOf("so-xay-dung"));
        Assert.Equal("so-nnmt", otherNode.Current.Organisation.UnitAt("so-nnmt-phong-xay-dung", MergerDay)!.ParentId);
        Assert.Equal(3, otherNode.OrganisationVersion);

        var exported = await store.ExportAsync();
        Assert.NotEqual(before, exported);
        var reloaded = OrganisationLoader.Load(exported, "organisation.json");
        Assert.False(reloaded.HasErrors);
        Assert.Equal(exported, OrganisationFileWriter.Write(reloaded.Model!, OrganisationFileWriter.DescriptionOf(exported)));
        Assert.Equal(["so-nnmt"], reloaded.Model!.SuccessorsOf("so-xay-dung"));

        // The analyst is told which procedures still name the merged unit.
        var options = ProceduresWorkspace.DefinitionOptions(RepositoryPaths.Procedures) with { Organisation = new OrganisationKindCatalog(reloaded.Model) };
        var flagged = DefinitionLoader.LoadFolder(RepositoryPaths.Procedures, options).Problems.Where(p => p.Code == ProblemCodes.FixedUnitEnds).ToList();
        Assert.Contains(flagged, p => p.File.Contains("building-permit-house", StringComparison.Ordinal) && p.Message.Contains("so-nnmt", StringComparison.Ordinal));
        Assert.All(flagged, p => Assert.False(p.IsError));
    }

    [Fact]
    public async Task Two_administrators_changing_at_once_the_second_is_told_to_reload()
    {
        await using var h = await EngineHarness.StartAsync();
        var first = new OrganisationStore(h.Database, h.Workspace, h.Clock);
        await first.SeedAndUseAsync();
        var rename = new OrganisationChange(OrganisationChangeKind.RenameUnit, UnitId: "so-tu-phap", EffectiveDate: MergerDay, Name: "Sở Tư pháp tỉnh", NameEn: "Department of Justice");
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await first.ApplyAsync(rename, Administrator);
                return "applied";
            }
            catch (Workflow.Engine.Runtime.Errors.WorkflowException ex)
            {
                return ex.Code;
            }
        }));
        await using var db = h.Database.Create();
        var changes = await db.OrganisationChanges.CountAsync();
        Assert.Equal(results.Count(r => r == "applied"), changes);
        Assert.All(results.Where(r => r != "applied"), r => Assert.Contains(r, new[] { "organisation-changed", "unit-has-later-records" }));
    }

    [Fact]
    public async Task A_timer_pass_reads_the_organisation_version_once_not_once_per_timer_it_fires()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var store = new OrganisationStore(h.Database, h.Workspace, h.Clock);
        await store.SeedAndUseAsync();
        var reads = 0;
        await h.Workspace.ReadOrganisationFromDatabaseAsync(async (held, cancellationToken) =>
        {
            Interlocked.Increment(ref reads);
            return await store.ReadNewerAsync(held, cancellationToken);
        });
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        h.SetLocal(2026, 3, 17, 8, 0);
        reads = 0;

        Assert.Equal(4, await h.TimerWorker().RunOnceAsync());
        Assert.Equal(1, reads);

        // After the pass, a command reads the version again, so a change made on another node reaches it.
        await h.Workspace.RefreshAsync();
        Assert.Equal(2, reads);
    }

    private static readonly Dictionary<string, object?> Permit = new() { ["floorArea"] = 180, ["floors"] = 3 };

    /// <summary>A building permit received at Tân Phú Mỹ whose reviewer asked the agencies: one task open at the Sở Xây dựng.</summary>
    private static async Task<Guid> AtConsultationAsync(EngineHarness h, string expectedUnit = "so-xay-dung")
    {
        var received = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        await h.CompleteAsync(received.DossierId, "receive", "transfer");
        await h.CompleteAsync(received.DossierId, "review", "consult");
        Assert.Equal(expectedUnit, (await h.SingleOpenTaskAsync(received.DossierId, "consult-construction")).UnitId);
        return received.DossierId;
    }
}
