using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A timer that cannot fire is logged and retried.</summary>
public class TimerFailureTests
{
    private static readonly string[] PersonalData = ["Nguyễn Thị Minh Thư", "079190001234", "0912345678", "minhthu@example.vn"];

    [Fact]
    public async Task A_timer_that_fails_to_fire_is_logged_with_its_ids_and_retried_after_its_delay()
    {
        // Firing a reminder writes a notification: that statement fails, the rest of the database works.
        var outage = new DatabaseOutage { Affects = sql => sql.Contains("INSERT INTO", StringComparison.Ordinal) && sql.Contains("outbox_messages", StringComparison.Ordinal) };
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
}
