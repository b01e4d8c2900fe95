using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A timer that cannot fire is logged, retried, and never left leased for nothing.</summary>
public class TimerFailureTests
{
    private static readonly string[] PersonalData = ["Nguyễn Thị Minh Thư", "079190001234", "0912345678", "minhthu@example.vn"];

    [Fact]
    public async Task A_timer_that_fails_to_fire_is_logged_with_its_ids_and_retried_after_its_delay()
    {
        // Firing a reminder writes a notification: that statement fails, the rest of the database works.
        var outage = new DatabaseOutage { Unavailable = false, Affects = sql => sql.Contains("INSERT INTO", StringComparison.Ordinal) && sql.Contains("outbox_messages", StringComparison.Ordinal) };
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        var worker = h.TimerWorker();
        h.SetLocal(2026, 3, 2, 17, 1);
        outage.Down = true;

        Assert.Equal(0, await worker.RunOnceAsync());

        var failed = Assert.Single(h.Logs.Entries, e => e.EventId.Name == "FiringFailed");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Equal(d.DossierId, failed.Fields["DossierId"]);
        Assert.Equal(TimerKind.StepReminder, failed.Fields["Kind"]);
        Assert.IsType<Guid>(failed.Fields["TimerId"]);
        Assert.NotNull(failed.Exception);
        Assert.DoesNotContain(h.Logs.Entries, e => PersonalData.Any(p => e.Message.Contains(p, StringComparison.Ordinal)));

        // Recorded on the row, and tried again once its minute has passed (not before).
        outage.Down = false;
        await using (var db = h.Database.Create())
        {
            var timer = await db.Timers.AsNoTracking().SingleAsync(t => t.Id == (Guid)failed.Fields["TimerId"]!);
            Assert.Equal((TimerStatus.Pending, 1), (timer.Status, timer.Attempts));
            Assert.NotNull(timer.LastError);
        }

        Assert.Equal(0, await worker.RunOnceAsync());
        h.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await worker.RunOnceAsync());
    }

    [Fact]
    public async Task A_timer_that_fails_to_fire_because_the_database_is_unavailable_is_not_charged_and_fires_once_it_is_back()
    {
        // The notification's insert meets an unavailable database; the timers table still answers.
        var outage = new DatabaseOutage { Affects = sql => sql.Contains("INSERT INTO", StringComparison.Ordinal) && sql.Contains("outbox_messages", StringComparison.Ordinal) };
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        var worker = h.TimerWorker("node-a");
        h.SetLocal(2026, 3, 2, 17, 1);
        outage.Down = true;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => worker.RunOnceAsync());

        Assert.True(DatabaseErrors.IsUnavailable(error), error.ToString());
        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name is "FiringFailed" or "FailureNotRecorded");
        Assert.Equal(1, Assert.Single(h.Logs.Entries, e => e.EventId.Name == "LeasesReturned").Fields["Count"]);
        await using (var db = h.Database.Create())
        {
            var timer = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending).OrderBy(t => t.DueAt).FirstAsync();
            Assert.Equal((0, null, null, null), (timer.Attempts, timer.LastError, timer.LockedBy, timer.LockedUntil));
        }

        // Back at the same instant: it fires now, not a minute later.
        outage.Down = false;
        Assert.Equal(1, await worker.RunOnceAsync());
    }

    [Fact]
    public async Task Timers_leased_when_the_database_fails_are_given_back_and_fire_without_waiting_out_the_lease()
    {
        var outage = new DatabaseOutage();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 10", ["area"] = 80 });
        h.SetLocal(2026, 3, 2, 17, 1);
        var worker = h.TimerWorker("node-a", new OutageAfterClaim(TimerClaimers.For(h.Provider), outage));
        var fired = new List<TimerFiring>();
        worker.TimerFired += fired.Add;

        // The worker leases both reminders, then the database stops answering: nothing fires, nothing can be written back.
        await Assert.ThrowsAnyAsync<Exception>(() => worker.RunOnceAsync());
        outage.Down = false;
        await using (var db = h.Database.Create())
        {
            var leased = await db.Timers.AsNoTracking().Where(t => t.LockedBy == "node-a").ToListAsync();
            Assert.Equal(2, leased.Count);
            Assert.All(leased, t => Assert.Equal((TimerStatus.Pending, 0), (t.Status, t.Attempts)));
        }

        // An unavailable database is not the timers' fault: nothing is charged to them.
        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name is "FiringFailed" or "FailureNotRecorded");
        var notReturned = Assert.Single(h.Logs.Entries, e => e.EventId.Name == "LeasesNotReturned");
        Assert.Equal(2, notReturned.Fields["Count"]);

        // The database is back at the same instant: the worker gives the leases back before claiming, and both fire now.
        Assert.Equal(2, await worker.RunOnceAsync());
        Assert.Equal(2, fired.Count);
        Assert.All(fired, f => Assert.Equal(EngineHarness.Local(2026, 3, 2, 17, 1).UtcDateTime, f.FiredAt));
        var returned = Assert.Single(h.Logs.Entries, e => e.EventId.Name == "LeasesReturned");
        Assert.Equal(2, returned.Fields["Count"]);
        await using var check = h.Database.Create();
        Assert.Equal(0, await check.Timers.CountAsync(t => t.Status == TimerStatus.Pending && t.DueAt <= EngineHarness.Local(2026, 3, 2, 17, 1).UtcDateTime));
    }

    [Fact]
    public async Task A_running_worker_logs_a_failed_pass_and_fires_its_leased_timers_a_second_after_the_database_is_back()
    {
        var outage = new DatabaseOutage();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        h.SetLocal(2026, 3, 2, 17, 1);
        var worker = h.TimerWorker("node-a", new OutageAfterClaim(TimerClaimers.For(h.Provider), outage));
        var fired = new TaskCompletionSource<TimerFiring>(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.TimerFired += f => fired.TrySetResult(f);
        using var stop = new CancellationTokenSource();

        var running = Task.Run(() => worker.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => h.Logs.Entries.Any(e => e.EventId.Name == "PassFailed"));
        Assert.Equal(LogLevel.Error, h.Logs.Entries.First(e => e.EventId.Name == "PassFailed").Level);
        outage.Down = false;
        // The loop waits a second (on the engine's clock) before it tries again; then the lease is given back and the timer fires.
        for (var step = 0; step < 40 && !fired.Task.IsCompleted; step++)
        {
            h.Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(fired.Task, Task.Delay(250));
        }

        var firing = await fired.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.InRange(firing.FiredAt - EngineHarness.Local(2026, 3, 2, 17, 1).UtcDateTime, TimerWorker.RetryDelay, TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await running;
    }
}
