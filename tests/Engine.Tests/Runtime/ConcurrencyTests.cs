using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Two officers acting at the same moment: exactly one wins, the other is told who won.</summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task Two_officers_completing_the_same_task_at_once_produce_one_step_and_one_clear_refusal()
    {
        await using var h = await EngineHarness.StartAsync();
        for (var round = 0; round < 10; round++)
        {
            var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
            var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
            var first = EngineHarness.Officer("p-hoa-an", "civil-status-officer");
            var second = EngineHarness.SecondOfficer("p-hoa-an", "civil-status-officer");
            using var start = new ManualResetEventSlim();

            Task<CommandResult> Complete(Workflow.Engine.Runtime.Actor officer) => Task.Run(async () =>
            {
                start.Wait();
                return await h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), officer);
            });

            var attempts = new[] { Complete(first), Complete(second) };
            start.Set();
            var outcomes = await Task.WhenAll(attempts.Select(async t =>
            {
                try
                {
                    return (Result: await t, Error: (WorkflowException?)null);
                }
                catch (WorkflowException ex)
                {
                    return (Result: (CommandResult?)null, Error: ex);
                }
            }));

            Assert.Single(outcomes, o => o.Result is not null);
            var refusal = Assert.Single(outcomes, o => o.Error is not null).Error!;
            Assert.Equal(WorkflowErrorKind.Conflict, refusal.Kind);
            var winner = outcomes.Single(o => o.Result is not null);
            var journal = await h.JournalAsync(d.DossierId);
            var completion = Assert.Single(journal, j => j.Command == "complete");
            Assert.Contains(completion.ActorName!, refusal.Message);
            Assert.Single(await h.OpenItemsAsync(d.DossierId));
            Assert.Equal("sign", (await h.OpenItemsAsync(d.DossierId))[0].StepId);
            _ = winner;
        }
    }

    [Fact]
    public async Task A_command_based_on_a_stale_version_is_refused_with_who_changed_the_dossier()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
        var task = await h.SingleOpenTaskAsync(d.DossierId, "check");
        var seen = (await h.DossierAsync(d.DossierId)).Version;
        await h.Engine.ClaimAsync(task.Id, EngineHarness.Officer("p-hoa-an", "civil-status-officer"));

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve", ExpectedVersion: seen), EngineHarness.Officer("p-hoa-an", "civil-status-officer")));
        Assert.Equal(EngineHarness.Officer("p-hoa-an", "civil-status-officer").Name, error.WinnerName);
        Assert.Contains("claim", error.Message);
    }
}
