using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Durable timers: written with the command, fired once by whichever worker claims them, after restarts too.</summary>
public class TimerTests
{
    [Fact]
    public async Task Accepting_a_dossier_writes_its_deadline_timers_and_each_task_its_own()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });

        await using var db = h.Database.Create();
        var timers = await db.Timers.AsNoTracking().Where(t => t.DossierId == d.DossierId).ToListAsync();
        var dossierTimers = timers.Where(t => t.WorkItemId is null).OrderBy(t => t.DueAt).ToList();
        Assert.Equal([TimerKind.DossierNearDue, TimerKind.DossierOverdue], dossierTimers.Select(t => t.Kind));
        Assert.Equal(EngineHarness.Local(2026, 3, 13, 17, 0).UtcDateTime, dossierTimers[0].DueAt);
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0).UtcDateTime, dossierTimers[1].DueAt);
        var stepTimers = timers.Where(t => t.WorkItemId is not null).OrderBy(t => t.DueAt).ToList();
        // The desk step has one working day: due Tuesday 17:00, reminded one working day before.
        Assert.Equal([TimerKind.StepReminder, TimerKind.StepOverdue], stepTimers.Select(t => t.Kind));
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 17, 0).UtcDateTime, stepTimers[0].DueAt);
        Assert.Equal(EngineHarness.Local(2026, 3, 3, 17, 0).UtcDateTime, stepTimers[1].DueAt);
    }

    [Fact]
    public async Task An_overdue_step_fires_once_and_notifies_the_unit_head_and_a_late_dossier_escalates()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", new Dictionary<string, object?> { ["businessName"] = "A", ["members"] = 1 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var worker = h.TimerWorker();

        // Review (1 working day from Monday 08:00) is due Tuesday 17:00 and reminded Monday 17:00;
        // the dossier (3 working days) is due Thursday 17:00, with the apology deadline Wednesday 17:00.
        h.SetLocal(2026, 3, 3, 9, 0);
        Assert.Equal(1, await worker.RunOnceAsync());
        h.SetLocal(2026, 3, 4, 10, 0);
        Assert.Equal(1, await worker.RunOnceAsync());
        Assert.Equal(0, await worker.RunOnceAsync());
        h.SetLocal(2026, 3, 6, 18, 0);
        Assert.Equal(2, await worker.RunOnceAsync());

        var journal = await h.JournalAsync(d.DossierId);
        Assert.Single(journal, j => j.Command == "step-overdue");
        Assert.Single(journal, j => j.Command == "dossier-near-due");
        Assert.Single(journal, j => j.Command == "dossier-overdue");
        await using var db = h.Database.Create();
        var topics = await db.Outbox.AsNoTracking().Where(m => m.DossierId == d.DossierId).Select(m => m.Topic).ToListAsync();
        Assert.Contains("step-overdue", topics);
        Assert.Contains("dossier-overdue-escalation", topics);
    }

    [Fact]
    public async Task A_timer_scheduled_before_a_restart_fires_once_after_it()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });

        // The server stops; it comes back two weeks later with a new engine on the same database.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(EngineHarness.Local(2026, 3, 17, 8, 0).ToUniversalTime());
        var (engine, database) = h.Restart(later);
        var worker = new TimerWorker(engine, database, "after-restart");
        var fired = new List<TimerFiring>();
        worker.TimerFired += fired.Add;

        Assert.Equal(4, await worker.RunOnceAsync());
        Assert.Equal(0, await worker.RunOnceAsync());
        Assert.Equal(4, fired.Select(f => f.TimerId).Distinct().Count());
        var journal = await h.JournalAsync(d.DossierId);
        Assert.Single(journal, j => j.Command == "dossier-overdue");
    }

    [Fact]
    public async Task Two_workers_on_one_database_fire_each_of_1000_timers_exactly_once()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var dossiers = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            dossiers.Add((await h.ReceiveAtDeskAsync("signature-certification", "x-tan-phu-my")).DossierId);
        }

        await using (var db = h.Database.Create())
        {
            await db.Timers.Where(t => true).ExecuteDeleteAsync();
            var items = await db.WorkItems.AsNoTracking().Where(i => i.Status == WorkItemStatus.Open).ToListAsync();
            var due = EngineHarness.Local(2026, 3, 2, 9, 0).UtcDateTime;
            for (var n = 0; n < 1000; n++)
            {
                var item = items[n % items.Count];
                db.Timers.Add(new TimerRecord
                {
                    Id = Guid.CreateVersion7(), DossierId = item.DossierId, WorkItemId = item.Id, Kind = TimerKind.StepReminder,
                    DueAt = due.AddMilliseconds(n), Status = TimerStatus.Pending, CreatedAt = due.AddHours(-1),
                });
            }

            await db.SaveChangesAsync();
        }

        h.SetLocal(2026, 3, 2, 9, 5);
        var fired = new System.Collections.Concurrent.ConcurrentBag<TimerFiring>();
        var workers = new[] { h.TimerWorker("node-a"), h.TimerWorker("node-b") };
        foreach (var worker in workers)
        {
            worker.TimerFired += fired.Add;
        }

        // Conflicting firings on the same dossier are retried when their lease runs out.
        for (var pass = 0; pass < 20 && fired.Count < 1000; pass++)
        {
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunOnceAsync())));
            h.Clock.Advance(TimeSpan.FromMinutes(3));
        }

        Assert.Equal(1000, fired.Count);
        Assert.Equal(1000, fired.Select(f => f.TimerId).Distinct().Count());
        Assert.Equal(1000, workers.Sum(w => w.Fired));
        await using var check = h.Database.Create();
        Assert.Equal(1000, await check.Timers.CountAsync(t => t.Status == TimerStatus.Fired));
        Assert.Equal(1000, await check.Outbox.CountAsync(m => m.Topic == "step-due-soon"));
    }
}
