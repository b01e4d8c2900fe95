using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Slow commands are logged with their kind, dossier and duration, and nothing personal.</summary>
public class EngineLoggingTests
{
    [Fact]
    public async Task A_command_over_the_threshold_is_logged_with_its_kind_dossier_and_duration()
    {
        // Every command is "slow" at a threshold of one tick.
        await using var h = await EngineHarness.StartAsync(options: new EngineOptions { SlowCommandThreshold = TimeSpan.FromTicks(1) });
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");

        var slow = h.Logs.Entries.Where(e => e.EventId.Name == "SlowCommand").ToList();
        Assert.Equal(["Receive", "Complete"], slow.Select(e => e.Fields["Command"]));
        Assert.All(slow, e =>
        {
            Assert.Equal(LogLevel.Warning, e.Level);
            Assert.Equal(d.DossierId, e.Fields["DossierId"]);
            Assert.Equal(d.Code, e.Fields["DossierCode"]);
            Assert.True((double)e.Fields["ElapsedMs"]! > 0);
            Assert.DoesNotContain("Nguyễn Thị Minh Thư", e.Message);
        });
    }

    [Fact]
    public async Task Commands_under_the_threshold_are_not_logged()
    {
        await using var h = await EngineHarness.StartAsync(options: new EngineOptions { SlowCommandThreshold = TimeSpan.FromMinutes(5) });
        await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });

        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "SlowCommand");
    }
}
