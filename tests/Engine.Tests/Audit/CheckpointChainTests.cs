using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Audit;

/// <summary>
/// The checkpoint chain stays one line however many writers seal at once (nodes of a cluster,
/// command-line runs), and a fork left by older versions is not taken for tampering.
/// </summary>
public class CheckpointChainTests
{
    private static async Task ReceiveAsync(EngineHarness h, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
            await h.CompleteAsync(d.DossierId, "check", "approve");
        }
    }

    [Fact]
    public async Task Writers_sealing_at_the_same_moment_keep_one_linear_chain()
    {
        await using var h = await EngineHarness.StartAsync();
        for (var round = 0; round < 4; round++)
        {
            await ReceiveAsync(h, 2);
            // Each writer has its own connection, as separate nodes would; they start together.
            using var start = new ManualResetEventSlim(false);
            var writers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await new JournalCheckpointer(h.Database, h.Clock).WriteAsync();
            })).ToList();
            start.Set();
            Assert.Single(await Task.WhenAll(writers), written => written is not null);
        }

        await using var db = h.Database.Create();
        var chain = await db.JournalCheckpoints.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(4, chain.Count);
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }

        var verification = await new JournalVerifier(h.Database).VerifyAsync();
        Assert.True(verification.IsIntact, string.Join("\n", verification.Breaks));
        Assert.Empty(verification.Forks);
    }

    [Fact]
    public async Task A_fork_from_two_writers_at_once_is_reported_as_a_fork_not_as_tampering()
    {
        await using var h = await EngineHarness.StartAsync();
        await ReceiveAsync(h, 1);
        var first = await new JournalCheckpointer(h.Database, h.Clock).WriteAsync();
        await ReceiveAsync(h, 1);
        var second = await new JournalCheckpointer(h.Database, h.Clock).WriteAsync();
        Assert.NotNull(first);
        Assert.NotNull(second);

        // What an unlocked writer used to do: seal again after the first checkpoint, beside the second.
        await using (var db = h.Database.Create())
        {
            var sibling = new JournalCheckpointRecord
            {
                At = second.At.AddSeconds(1), UpToEntryId = second.UpToEntryId, HeadCount = 0, PreviousHash = first.Hash,
            };
            sibling.Hash = CheckpointHasher.Compute(sibling, []);
            db.JournalCheckpoints.Add(sibling);
            await db.SaveChangesAsync();
        }

        await ReceiveAsync(h, 1);
        Assert.NotNull(await new JournalCheckpointer(h.Database, h.Clock).WriteAsync());

        var verification = await new JournalVerifier(h.Database).VerifyAsync();
        Assert.True(verification.IsIntact, string.Join("\n", verification.Breaks));
        var fork = Assert.Single(verification.Forks);
        Assert.Equal((first.Id, second.Id), (fork.ParentId, fork.SiblingId));
        Assert.Contains("nothing was altered", fork.Message(english: true));
    }

    [Fact]
    public async Task A_removed_checkpoint_is_still_tampering()
    {
        await using var h = await EngineHarness.StartAsync();
        JournalCheckpointRecord? middle = null;
        for (var i = 0; i < 3; i++)
        {
            await ReceiveAsync(h, 1);
            var written = await new JournalCheckpointer(h.Database, h.Clock).WriteAsync();
            middle = i == 1 ? written : middle;
        }

        await using (var db = h.Database.Create())
        {
            await db.JournalCheckpointHeads.Where(c => c.CheckpointId == middle!.Id).ExecuteDeleteAsync();
            await db.JournalCheckpoints.Where(c => c.Id == middle!.Id).ExecuteDeleteAsync();
        }

        var verification = await new JournalVerifier(h.Database).VerifyAsync();
        Assert.Contains(verification.Breaks, b => b.Kind == JournalBreakKind.CheckpointBroken);
        Assert.Empty(verification.Forks);
    }
}
