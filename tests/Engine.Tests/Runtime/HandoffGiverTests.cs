using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Every handoff row names the unit that gave the dossier, also into a fork's branches and after a citizen wait.</summary>
public class HandoffGiverTests
{
    [Fact]
    public async Task The_branches_of_a_fork_are_handed_over_by_the_unit_of_the_step_before_the_fork()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", new Dictionary<string, object?> { ["businessName"] = "Quán cơm An", ["members"] = 2 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var review = await h.SingleOpenTaskAsync(d.DossierId, "review");
        await h.CompleteAsync(d.DossierId, "review", "verify-location");

        var journal = await h.JournalAsync(d.DossierId);
        var fork = journal.Single(j => j.Command == JournalKinds.Fork);
        var branches = journal.Where(j => j.Sequence > fork.Sequence && j.StepId is "verify-economic-office" or "verify-land-officer").ToList();
        Assert.Equal(2, branches.Count);
        Assert.All(branches, entry =>
        {
            Assert.Equal(JournalKinds.Handoff, entry.Command);
            Assert.Equal(review.UnitId, entry.HandoffFromUnitId);
            Assert.Equal("review", entry.DetailAs<HandoffDetail>()!.FromStep);
        });
        Assert.All(journal.Where(j => j.Command == JournalKinds.Handoff), entry => Assert.NotNull(entry.HandoffFromUnitId));
    }

    [Fact]
    public async Task After_a_supplement_the_task_is_handed_over_by_the_unit_that_asked_the_citizen()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", new Dictionary<string, object?> { ["businessName"] = "Tiệm may Hoa", ["members"] = 1 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var review = await h.SingleOpenTaskAsync(d.DossierId, "review");
        await h.CompleteAsync(d.DossierId, "review", "supplement", "Thiếu bản sao căn cước của chủ hộ");
        h.SetLocal(2026, 3, 10, 14, 0);
        await h.Engine.SupplementReceivedAsync(d.DossierId, [new ReceivedDocument("giay-to-phap-ly", CertifiedCopies: 1)], null, EngineHarness.Officer("p-hoa-an", "desk-officer"));

        var journal = await h.JournalAsync(d.DossierId);
        var received = journal.Single(j => j.Command == JournalKinds.SupplementReceived);
        var next = journal.Single(j => j.Sequence > received.Sequence && j.StepId == "review");
        Assert.Equal(JournalKinds.Handoff, next.Command);
        Assert.Equal((review.UnitId, review.UnitId), (next.HandoffFromUnitId, next.HandoffToUnitId));
        Assert.Equal(review.UnitId, (await h.SingleOpenTaskAsync(d.DossierId, "review")).FromUnitId);
        Assert.All(journal.Where(j => j.Command == JournalKinds.Handoff), entry => Assert.NotNull(entry.HandoffFromUnitId));
    }
}
