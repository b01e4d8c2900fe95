using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Audit;

/// <summary>Tampering with the journal by plain SQL against the database file is detected and located.</summary>
public class JournalVerifierTests
{
    private static async Task<(EngineHarness Harness, Guid First, Guid Second)> TwoFinishedDossiersAsync()
    {
        var h = await EngineHarness.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
            await h.CompleteAsync(d.DossierId, "check", "approve");
            await h.CompleteAsync(d.DossierId, "sign", "sign");
            await h.CompleteAsync(d.DossierId, "return", "returned");
            ids.Add(d.DossierId);
        }

        await new JournalCheckpointer(h.Database, h.Clock).WriteAsync();
        return (h, ids[0], ids[1]);
    }

    /// <summary>Plain SQL, as someone with write access to the database would run it (no engine involved).</summary>
    private static async Task ExecuteSqlAsync(EngineHarness h, string sql, params object[] parameters)
    {
        await using var db = h.Database.Create();
        await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    private static Task<JournalVerification> VerifyAsync(EngineHarness h) => new JournalVerifier(h.Database).VerifyAsync();

    [Fact]
    public async Task An_untouched_journal_is_intact()
    {
        var (h, _, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        var result = await VerifyAsync(h);
        Assert.True(result.IsIntact, string.Join("\n", result.Breaks));
        Assert.Equal(2, result.Dossiers);
        Assert.Equal(1, result.Checkpoints);
        Assert.Equal($"{result.Entries} entries in 2 dossiers, intact (1 checkpoints verified).", result.Summary(english: true));
    }

    [Fact]
    public async Task An_edited_entry_is_reported_at_its_dossier_and_sequence()
    {
        var (h, first, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await ExecuteSqlAsync(h, "UPDATE journal_entries SET \"ActorName\" = 'Người khác' WHERE \"DossierId\" = {0} AND \"Sequence\" = 4", first);

        var result = await VerifyAsync(h);
        var edit = Assert.Single(result.Breaks);
        Assert.Equal((JournalBreakKind.Edited, first, 4), (edit.Kind, edit.DossierId!.Value, edit.Sequence!.Value));
        Assert.StartsWith("H55", edit.DossierCode);
    }

    [Fact]
    public async Task A_deleted_entry_in_the_middle_is_reported_where_the_gap_is()
    {
        var (h, first, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await ExecuteSqlAsync(h, "DELETE FROM journal_entries WHERE \"DossierId\" = {0} AND \"Sequence\" = 3", first);

        var gap = Assert.Single((await VerifyAsync(h)).Breaks);
        Assert.Equal((JournalBreakKind.Deleted, 4), (gap.Kind, gap.Sequence!.Value));
    }

    [Fact]
    public async Task Deleting_the_last_entries_is_caught_by_the_checkpoint()
    {
        var (h, _, second) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await ExecuteSqlAsync(h, "DELETE FROM journal_entries WHERE \"DossierId\" = {0} AND \"Sequence\" > 5", second);

        var truncated = Assert.Single((await VerifyAsync(h)).Breaks);
        Assert.Equal((JournalBreakKind.DossierRemoved, second), (truncated.Kind, truncated.DossierId!.Value));
        Assert.Contains("#5", truncated.Message);
    }

    [Fact]
    public async Task Removing_a_whole_dossier_is_caught_by_the_checkpoint()
    {
        var (h, first, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        foreach (var table in new[] { "journal_entries", "timers", "deadline_events", "outbox_messages", "work_items", "joins" })
        {
            await ExecuteSqlAsync(h, $"DELETE FROM {table} WHERE \"DossierId\" = {{0}}", first);
        }

        await ExecuteSqlAsync(h, "DELETE FROM dossiers WHERE \"Id\" = {0}", first);

        var removed = Assert.Single((await VerifyAsync(h)).Breaks);
        Assert.Equal((JournalBreakKind.DossierRemoved, first), (removed.Kind, removed.DossierId!.Value));
    }

    [Fact]
    public async Task A_chain_rewritten_with_fresh_hashes_is_caught_by_the_checkpoint()
    {
        var (h, first, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await using (var db = h.Database.Create())
        {
            var chain = await db.Journal.Where(j => j.DossierId == first).OrderBy(j => j.Sequence).ToListAsync();
            var previous = JournalHasher.Genesis;
            foreach (var entry in chain)
            {
                if (entry.Sequence == 2)
                {
                    entry.At = entry.At.AddHours(-3);
                }

                entry.PreviousHash = previous;
                entry.Hash = JournalHasher.Compute(entry);
                previous = entry.Hash;
            }

            await db.SaveChangesAsync();
        }

        var rewritten = Assert.Single((await VerifyAsync(h)).Breaks);
        Assert.Equal((JournalBreakKind.Rewritten, first), (rewritten.Kind, rewritten.DossierId!.Value));
    }

    [Fact]
    public async Task An_inserted_entry_is_reported()
    {
        var (h, first, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await ExecuteSqlAsync(h, "UPDATE journal_entries SET \"Sequence\" = \"Sequence\" + 100 WHERE \"DossierId\" = {0} AND \"Sequence\" >= 3", first);
        await ExecuteSqlAsync(h, "UPDATE journal_entries SET \"Sequence\" = \"Sequence\" - 99 WHERE \"DossierId\" = {0} AND \"Sequence\" >= 103", first);
        await using (var db = h.Database.Create())
        {
            var second = await db.Journal.AsNoTracking().SingleAsync(j => j.DossierId == first && j.Sequence == 2);
            var forged = new Workflow.Engine.Persistence.Entities.JournalEntryRecord
            {
                DossierId = first, Sequence = 3, At = second.At, Command = "complete", ActorId = "x", ActorName = "Kẻ giả mạo",
                ToStatus = second.ToStatus, ToState = second.ToState, PreviousHash = "sha256:forged",
            };
            forged.Hash = JournalHasher.Compute(forged);
            db.Journal.Add(forged);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync(h);
        Assert.Contains(result.Breaks, b => b.Kind == JournalBreakKind.Inserted && b.Sequence == 3);
        Assert.False(result.IsIntact);
    }

    [Fact]
    public async Task An_altered_checkpoint_is_reported()
    {
        var (h, _, _) = await TwoFinishedDossiersAsync();
        await using var _h = h;
        await ExecuteSqlAsync(h, "UPDATE journal_checkpoints SET \"HeadCount\" = \"HeadCount\" + 1");
        Assert.Equal(JournalBreakKind.CheckpointBroken, Assert.Single((await VerifyAsync(h)).Breaks).Kind);
    }
}
