using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>A citizen wait that pauses the clock for a few seconds does not move the appointment.</summary>
public class ShortPauseTests
{
    [Fact]
    public async Task A_payment_confirmed_seconds_after_the_wait_began_keeps_the_appointment_at_17_00()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 125, tờ 7", ["area"] = 85.5 });
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0), d.Appointment);
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "branch-review", "approve");
        await h.CompleteAsync(d.DossierId, "branch-head", "send");
        await h.CompleteAsync(d.DossierId, "tax-assessment", "notify");

        h.Clock.Advance(TimeSpan.FromSeconds(4.249868));
        await h.Engine.PaymentConfirmedAsync(d.DossierId, "BL-0001234", EngineHarness.Officer("x-tan-phu-my", "desk-officer"));

        var resumed = await h.DossierAsync(d.DossierId);
        Assert.Equal(4, resumed.StatusCode);
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0).UtcDateTime, resumed.DueAt);
        Assert.Equal(resumed.DueAt, resumed.AppointmentAt);
    }
}
