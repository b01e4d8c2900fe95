using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;

namespace Workflow.Bench;

/// <summary>
/// Scenario 3: many pending timers, a slice of them coming due within a short window; the engine's
/// TimerWorkers run with the real clock and fire them through the command path. Lateness is the
/// timer's recorded firing instant (the firing command's clock) minus its due instant. Exactly once
/// is checked in the database: every due timer is Fired, and each due timer's task has exactly one
/// "step-overdue" journal entry (the effect of firing), and no timer due later has fired.
/// The dossiers, tasks and timers are bulk-inserted; each due timer belongs to its own dossier.
/// </summary>
public sealed class TimerScenario(BenchDatabase database, WorkflowEngine engine, WorkflowDbContextFactory db)
{
    public async Task<JsonObject> RunAsync(int pending, int due, TimeSpan window, int workers)
    {
        var now = DateTime.UtcNow;
        // The first timer comes due a few seconds after the workers start (after the load and ANALYZE).
        var firstDue = now.AddSeconds(5 + pending / 10_000.0);
        var dueIds = new HashSet<Guid>();
        await using (var writer = await BulkWriter.OpenAsync(database, [DataGenerator.DossierShape, DataGenerator.WorkItemShape, DataGenerator.TimerShape]))
        {
            var later = pending - due;
            for (var i = 0; i < due; i++)
            {
                var dossier = Guid.CreateVersion7();
                var item = Guid.CreateVersion7();
                var (commune, office, agency) = DataGenerator.Units[i % DataGenerator.Communes];
                var name = Names.Applicant(i);
                writer.Write(0, DataGenerator.DossierRow(dossier, $"{agency}-TMR-{i:D6}", "InProgress", 4, commune, name, i, now.AddDays(-3), now.AddDays(-3),
                    now.AddDays(18), null, null, null, null, now, 3));
                writer.Write(1, [item, dossier, "Task", "review", "Thẩm định hồ sơ, kiểm tra thực địa", "Processing", office, "specialist", null, null, "Open",
                    now.AddDays(-3), firstDue, null, null, null, null, null, "", null, commune]);
                // The timer due in the window: the task becomes overdue (it journals and notifies the unit's head).
                var timer = Guid.CreateVersion7();
                dueIds.Add(timer);
                var dueAt = firstDue + window * ((double)i / due);
                writer.Write(2, [timer, dossier, item, "StepOverdue", dueAt, "Pending", now.AddDays(-3), null, 0]);
                // And its share of the timers due later (reminders and dossier deadlines, days to weeks away).
                for (var k = 0; k < later / due + (i < later % due ? 1 : 0); k++)
                {
                    writer.Write(2, [Guid.CreateVersion7(), dossier, k % 2 == 0 ? item : null, k % 2 == 0 ? "StepReminder" : "DossierOverdue",
                        now.AddDays(2 + (i * 31 + k) % 28).AddMinutes(k), "Pending", now.AddDays(-3), null, 0]);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var check = db.Create())
        {
            await check.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var fired = new ConcurrentDictionary<Guid, int>();
        var timerWorkers = Enumerable.Range(1, workers).Select(w => new TimerWorker(engine, db, $"bench-worker-{w}")).ToList();
        foreach (var worker in timerWorkers)
        {
            worker.TimerFired += f => fired.AddOrUpdate(f.TimerId, 1, (_, n) => n + 1);
        }

        using var stop = new CancellationTokenSource();
        var cpu = CpuMeter.Start();
        var headStart = (firstDue - DateTime.UtcNow).TotalMilliseconds;
        var running = timerWorkers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
        var deadline = firstDue + window + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && dueIds.Any(id => !fired.ContainsKey(id)))
        {
            await Task.Delay(250);
        }

        // Keep going a little past the last one, so a double firing would have time to show.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(running);
        var share = cpu.Stop();

        await using var context = db.Create();
        var dueRows = await context.Timers.AsNoTracking().Where(t => t.Kind == TimerKind.StepOverdue)
            .Select(t => new { t.Id, t.Status, t.DueAt, t.FiredAt, t.WorkItemId }).ToListAsync();
        var laterFired = await context.Timers.CountAsync(t => t.Kind != TimerKind.StepOverdue && t.Status != TimerStatus.Pending);
        var effects = await context.Journal.AsNoTracking().Where(j => j.Command == "step-overdue")
            .GroupBy(j => j.WorkItemId).Select(g => g.Count()).ToListAsync();
        var lateness = dueRows.Where(t => t.FiredAt is not null).Select(t => (t.FiredAt!.Value - t.DueAt).TotalMilliseconds).ToList();
        var firedOnce = dueRows.Count(t => t.Status == TimerStatus.Fired) == due && effects.Count == due && effects.All(n => n == 1) && laterFired == 0;
        return new JsonObject
        {
            ["pendingTimers"] = pending,
            ["dueInWindow"] = due,
            ["windowSeconds"] = window.TotalSeconds,
            ["workers"] = workers,
            ["workersStartedBeforeFirstDueMs"] = Math.Round(headStart),
            ["fired"] = dueRows.Count(t => t.Status == TimerStatus.Fired),
            ["latenessP50Ms"] = Math.Round(Percentiles.Of(lateness, 50), 1),
            ["latenessP99Ms"] = Math.Round(Percentiles.Of(lateness, 99), 1),
            ["latenessMaxMs"] = Math.Round(lateness.DefaultIfEmpty(double.NaN).Max(), 1),
            ["latenessMinMs"] = Math.Round(lateness.DefaultIfEmpty(double.NaN).Min(), 1),
            ["effectsPerTimerMax"] = effects.DefaultIfEmpty(0).Max(),
            ["timersDueLaterThatFired"] = laterFired,
            ["workerReportsPerTimerMax"] = fired.Values.DefaultIfEmpty(0).Max(),
            ["firedPerWorker"] = new JsonArray(timerWorkers.Select(w => (JsonNode)w.Fired).ToArray()),
            ["exactlyOnce"] = firedOnce,
            ["cpuPercent"] = Suite.CpuJson([share]),
        };
    }
}
