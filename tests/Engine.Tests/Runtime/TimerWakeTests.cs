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

        // Nothing is due: the worker has looked once and sleeps until its poll, ten minutes away.
        await Eventually.TrueAsync(() => worker.LastPassAt is not null);

        // Received a second before 17:00: the desk step's reminder is due at 17:00, one second from now.
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await using (var db = h.Database.Create())
        {
            var first = await db.Timers.AsNoTracking().Where(t => t.DossierId == d.DossierId).MinAsync(t => t.DueAt);
            Assert.Equal(start.AddSeconds(1).UtcDateTime, first);
        }

        // The worker is woken for it, looks, and sleeps until it is due; the clock moves on in small steps.
        var woken = Assert.Single(h.Logs.Entries, e => e.EventId.Name == "Woken");
        Assert.Equal(start.AddSeconds(1).UtcDateTime, woken.Fields["DueAt"]);
        for (var step = 0; step < 100 && !fired.Task.IsCompleted; step++)
        {
            h.Clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(fired.Task, Task.Delay(20));
        }

        var firing = await fired.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(TimerKind.StepReminder, firing.Kind);
        Assert.InRange(firing.FiredAt, start.AddSeconds(1).UtcDateTime, start.AddSeconds(3).UtcDateTime);
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
        await Eventually.TrueAsync(() => worker.LastPassAt is not null);
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 8, 0), worker.LastPassAt);

        // Its earliest timer is the reminder at 17:00, hours after the poll at 8:10: a pass now would be dated 8:01.
        h.SetLocal(2026, 3, 2, 8, 1);
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await Task.Delay(200);

        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "Woken");
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 8, 0), worker.LastPassAt);
        Assert.Equal(0, worker.Fired);
        await stop.CancelAsync();
        await running;
    }
}
