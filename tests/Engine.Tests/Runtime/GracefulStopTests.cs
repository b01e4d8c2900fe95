using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Runtime.Timers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// A node told to stop in the middle of a batch gives back the timers it leased and did not fire,
/// so another node fires them now rather than after the lease (two minutes by default).
/// </summary>
public class GracefulStopTests
{
    [Fact]
    public async Task A_worker_stopped_mid_batch_gives_back_what_it_did_not_fire()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        for (var i = 0; i < 3; i++)
        {
            await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = $"Thửa {i}", ["area"] = 60 });
        }

        h.SetLocal(2026, 3, 2, 17, 1);
        var now = EngineHarness.Local(2026, 3, 2, 17, 1).UtcDateTime;
        await using (var db = h.Database.Create())
        {
            Assert.Equal(3, await db.Timers.CountAsync(t => t.Status == TimerStatus.Pending && t.DueAt <= now));
        }

        // The stop signal arrives once the first timer of the batch has fired.
        using var stop = new CancellationTokenSource();
        var worker = h.TimerWorker("node-a");
        var fired = new List<TimerFiring>();
        worker.TimerFired += firing =>
        {
            fired.Add(firing);
            stop.Cancel();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker.RunOnceAsync(stop.Token));

        Assert.Single(fired);
        await using (var db = h.Database.Create())
        {
            var rest = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now).ToListAsync();
            Assert.Equal(2, rest.Count);
            Assert.All(rest, t => Assert.Null(t.LockedBy));
        }

        // Another node takes them at the same instant.
        Assert.Equal(2, await h.TimerWorker("node-b").RunOnceAsync());
    }
}
