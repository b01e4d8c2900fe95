using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A day off added to the calendar moves the due instants of open dossiers, journaled, with new timers.</summary>
public class DeadlineRecomputeTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-recompute");

    [Fact]
    public async Task A_new_day_off_moves_the_dossier_and_its_step_and_replans_their_timers()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 1", ["area"] = 50 });
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0), d.Appointment);

        // The province declares Tuesday 03/03/2026 a day off.
        var root = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var yearFile = Path.Combine(root, "calendars", "2026.json");
        var year = JObject.Parse(File.ReadAllText(yearFile));
        ((JArray)year["daysOff"]!).Add(JObject.Parse("""{ "date": "2026-03-03", "name": "Nghỉ bù do tỉnh quyết định" }"""));
        File.WriteAllText(yearFile, year.ToString());
        var changed = ProceduresWorkspace.Load(root);
        Assert.DoesNotContain(changed.Problems, p => p.IsError);
        h.Workspace.Current = changed;

        await h.Engine.RecomputeDeadlinesAsync(d.DossierId, "lịch năm 2026 thay đổi", new Actor("admin", "Quản trị"));

        var dossier = await h.DossierAsync(d.DossierId);
        Assert.Equal(EngineHarness.Local(2026, 3, 17, 17, 0).UtcDateTime, dossier.DueAt);
        Assert.Equal(dossier.DueAt, dossier.AppointmentAt);
        var task = await h.SingleOpenTaskAsync(d.DossierId, "receive");
        Assert.Equal(EngineHarness.Local(2026, 3, 4, 17, 0).UtcDateTime, task.DueAt);
        await using var db = h.Database.Create();
        var overdue = await db.Timers.AsNoTracking().SingleAsync(t => t.DossierId == d.DossierId && t.Status == TimerStatus.Pending && t.Kind == TimerKind.DossierOverdue);
        Assert.Equal(dossier.DueAt, overdue.DueAt);
        Assert.Single(await h.JournalAsync(d.DossierId), j => j.Command == "deadline-recomputed");
        // The citizen is told once, by email and by text message (one outbox message per channel).
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.DossierId == d.DossierId && m.Topic == "appointment-moved"));
    }

    public void Dispose() => _folder.Dispose();
}
