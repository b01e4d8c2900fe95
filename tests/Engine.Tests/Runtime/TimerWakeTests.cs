using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A command that writes a timer due before the worker's next poll wakes the worker of its node.</summary>
public class TimerWakeTests
{
    [Fact]
    public async Task A_timer_due_in_a_second_fires_after_a_second_while_the_worker_sleeps_until_a_far_poll()
    {
        var start = EngineHarness.Local(2026, 3, 2, 16, 59).AddSeconds(59);
        await using var h = await EngineHarness.StartAsync(start, options: new EngineOptions { TimerMaxSleep = TimeSpan.FromMinutes(10) });
        var worker = h.NodeTimerWorker;
        var fired = new TaskCompletionSource<TimerFiring>(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.TimerFired += f => fired.TrySetResult(f);
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => worker.RunAsync(stop.Token));

        // Nothing is due: the worker sleeps until its poll, ten minutes away.
        await Eventually.TrueAsync(() => worker.NextPassAt == start.AddMinutes(10));

        // Received a second before 17:00: the desk step's reminder is due at 17:00, one second from now.
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await using (var db = h.Database.Create())
        {
            var first = await db.Timers.AsNoTracking().Where(t => t.DossierId == d.DossierId).MinAsync(t => t.DueAt);
            Assert.Equal(start.AddSeconds(1).UtcDateTime, first);
        }

        // The worker woke, looked, and now sleeps until that timer.
        await Eventually.TrueAsync(() => worker.NextPassAt == start.AddSeconds(1));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var firing = await fired.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(TimerKind.StepReminder, firing.Kind);
        Assert.Equal(start.AddSeconds(1).UtcDateTime, firing.FiredAt);
        Assert.Contains(h.Logs.Entries, e => e.EventId.Name == "Woken");
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_timer_due_after_the_next_poll_does_not_wake_the_worker()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), options: new EngineOptions { TimerMaxSleep = TimeSpan.FromMinutes(10) });
        var worker = h.NodeTimerWorker;
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => worker.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => worker.NextPassAt is not null);
        var passes = worker.LastPassAt;

        // Its earliest timer is the reminder at 17:00, hours after the poll.
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await Task.Delay(200);

        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "Woken");
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 8, 10), worker.NextPassAt);
        Assert.Equal(passes, worker.LastPassAt);
        await stop.CancelAsync();
        await running;
    }
}
