using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

public class BirthRegistrationTests
{
    [Fact]
    public async Task A_birth_registration_received_in_the_morning_goes_from_the_desk_to_the_result_the_same_day()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 30));
        var data = new Dictionary<string, object?> { ["childName"] = "Trần Minh An", ["birthDate"] = "2026-02-20" };

        var received = await h.ReceiveAtDeskAsync("birth-registration", "x-tan-phu-my", data);

        Assert.Matches(@"^H55\.\S+-260302-0001$", received.Code);
        Assert.Equal(2, received.StatusCode);
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 17, 0), received.Appointment);

        await h.CompleteAsync(received.DossierId, "receive", "transfer");
        Assert.Equal(4, (await h.DossierAsync(received.DossierId)).StatusCode);
        await h.CompleteAsync(received.DossierId, "verify", "approve");
        await h.CompleteAsync(received.DossierId, "sign", "sign");
        Assert.Equal(9, (await h.DossierAsync(received.DossierId)).StatusCode);
        var result = await h.CompleteAsync(received.DossierId, "return", "returned");

        Assert.Equal(10, result.StatusCode);
        var journal = await h.JournalAsync(received.DossierId);
        Assert.Equal(["receive-at-desk", "accept", "task-created", "complete", "handoff", "complete", "handoff", "complete", "handoff", "complete", "end"], journal.Select(j => j.Command));
        Assert.Empty(await h.OpenItemsAsync(received.DossierId));
    }
}
