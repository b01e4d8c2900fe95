using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Audit;

/// <summary>
/// Walks every dossier's chain and every checkpoint and reports each broken place: an entry
/// whose content no longer matches its hash (edited), a missing link (deleted), a link that
/// points elsewhere (inserted), and chains or heads sealed by a checkpoint that are gone or
/// different (a dossier removed, a chain rewritten). Checkpoints that forked because two writers
/// sealed at once are told apart from tampering and reported as forks. Reads in batches; a million entries is fine.
/// </summary>
public sealed class JournalVerifier(WorkflowDbContextFactory factory)
{
    private const int BatchSize = 5000;

    public async Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var breaks = new List<JournalBreak>();
        long entries = 0;
        var dossiers = 0;
        await using var db = factory.Create();
        var codes = await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Code }).ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);

        // Streams the chains in (dossier, sequence) order, keeping only the entry before.
        Guid? current = null;
        JournalEntryRecord? previous = null;
        Guid lastDossier = Guid.Empty;
        var lastSequence = -1;
        while (true)
        {
            var fromDossier = lastDossier;
            var fromSequence = lastSequence;
            var batch = await db.Journal.AsNoTracking()
                .Where(j => j.DossierId.CompareTo(fromDossier) > 0 || (j.DossierId == fromDossier && j.Sequence > fromSequence))
                .OrderBy(j => j.DossierId).ThenBy(j => j.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                entries++;
                if (entry.DossierId != current)
                {
                    current = entry.DossierId;
                    previous = null;
                    dossiers++;
                }

                CheckEntry(entry, previous, codes.GetValueOrDefault(entry.DossierId), breaks);
                previous = entry;
            }

            lastDossier = batch[^1].DossierId;
            lastSequence = batch[^1].Sequence;
        }

        var forks = new List<CheckpointFork>();
        var checkpoints = await VerifyCheckpointsAsync(db, codes, breaks, forks, cancellationToken);
        var withoutJournal = await db.Dossiers.AsNoTracking().Where(d => !db.Journal.Any(j => j.DossierId == d.Id)).Select(d => new { d.Id, d.Code }).ToListAsync(cancellationToken);
        foreach (var orphan in withoutJournal)
        {
            breaks.Add(new JournalBreak(JournalBreakKind.Deleted, orphan.Id, orphan.Code, null, null,
                "Hồ sơ còn nhưng toàn bộ nhật ký của nó đã bị xoá. / The dossier exists but its whole journal was deleted."));
        }

        return new JournalVerification(entries, dossiers, checkpoints, breaks) { Forks = forks };
    }

    private static void CheckEntry(JournalEntryRecord entry, JournalEntryRecord? previous, string? code, List<JournalBreak> breaks)
    {
        var expectedSequence = (previous?.Sequence ?? 0) + 1;
        var expectedLink = previous?.Hash ?? JournalHasher.Genesis;
        var selfValid = JournalHasher.Compute(entry) == entry.Hash;
        if (!selfValid)
        {
            breaks.Add(new JournalBreak(JournalBreakKind.Edited, entry.DossierId, code, entry.Sequence, entry.Id,
                $"Nội dung mục #{entry.Sequence} ({entry.Command}, {entry.At:dd/MM/yyyy HH:mm} UTC) không khớp mã băm của nó: mục đã bị sửa. / Entry #{entry.Sequence} ({entry.Command}) no longer matches its hash: it was edited."));
        }

        if (entry.Sequence > expectedSequence)
        {
            breaks.Add(new JournalBreak(JournalBreakKind.Deleted, entry.DossierId, code, entry.Sequence, entry.Id,
                $"Thiếu các mục #{expectedSequence}–#{entry.Sequence - 1} trước mục #{entry.Sequence}: đã bị xoá. / Entries #{expectedSequence}-#{entry.Sequence - 1} before #{entry.Sequence} are missing: deleted."));
        }
        else if (entry.PreviousHash != expectedLink)
        {
            var kind = selfValid ? JournalBreakKind.Inserted : JournalBreakKind.Edited;
            breaks.Add(new JournalBreak(kind, entry.DossierId, code, entry.Sequence, entry.Id, selfValid
                ? $"Mục #{entry.Sequence} ({entry.Command}) không nối với mục đứng trước: một mục đã bị chèn, xoá rồi đánh số lại, hoặc thay thế. / Entry #{entry.Sequence} does not link to the entry before it: an entry was inserted, or deleted and renumbered."
                : $"Liên kết của mục #{entry.Sequence} cũng đã bị sửa. / The link of entry #{entry.Sequence} was edited too."));
        }
    }

    private static async Task<int> VerifyCheckpointsAsync(WorkflowDbContext db, Dictionary<Guid, string> codes, List<JournalBreak> breaks, List<CheckpointFork> forks, CancellationToken cancellationToken)
    {
        var checkpoints = await db.JournalCheckpoints.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var latestHash = JournalHasher.Genesis;
        // Every checkpoint seen so far by its hash, and the first one chained to each: a checkpoint
        // chained to an earlier one that exists is a fork (two writers at once), not a removal.
        var seen = new Dictionary<string, long> { [JournalHasher.Genesis] = 0 };
        var firstSuccessor = new Dictionary<string, long>();
        foreach (var checkpoint in checkpoints)
        {
            var heads = await db.JournalCheckpointHeads.AsNoTracking().Where(h => h.CheckpointId == checkpoint.Id).ToListAsync(cancellationToken);
            var intact = CheckpointHasher.Compute(checkpoint, heads) == checkpoint.Hash && heads.Count == checkpoint.HeadCount;
            if (intact && checkpoint.PreviousHash != latestHash && seen.TryGetValue(checkpoint.PreviousHash, out var parent)
                && firstSuccessor.TryGetValue(checkpoint.PreviousHash, out var sibling))
            {
                forks.Add(new CheckpointFork(checkpoint.Id, parent, sibling));
            }
            else if (!intact || checkpoint.PreviousHash != latestHash)
            {
                breaks.Add(new JournalBreak(JournalBreakKind.CheckpointBroken, null, null, null, null,
                    $"Mốc niêm phong số {checkpoint.Id} ({checkpoint.At:dd/MM/yyyy HH:mm} UTC) đã bị sửa hoặc mốc trước nó bị xoá. / Checkpoint {checkpoint.Id} was altered, or the one before it removed."));
            }

            firstSuccessor.TryAdd(checkpoint.PreviousHash, checkpoint.Id);
            seen.TryAdd(checkpoint.Hash, checkpoint.Id);
            latestHash = checkpoint.Hash;
        }

        // Every sealed head must still be in its chain with the hash it was sealed with; the
        // database compares them, so memory stays flat however many dossiers there are.
        var mismatches = await (
                from head in db.JournalCheckpointHeads.AsNoTracking()
                join entry in db.Journal.AsNoTracking() on new { head.DossierId, head.Sequence } equals new { entry.DossierId, entry.Sequence } into matched
                from entry in matched.DefaultIfEmpty()
                where entry == null || entry.Hash != head.Hash
                select new { head.CheckpointId, head.DossierId, head.Sequence, Found = entry != null })
            .ToListAsync(cancellationToken);
        foreach (var group in mismatches.GroupBy(m => (m.DossierId, m.Found)))
        {
            var first = group.OrderBy(m => m.CheckpointId).First();
            var code = codes.GetValueOrDefault(first.DossierId);
            var remaining = await db.Journal.AsNoTracking().Where(j => j.DossierId == first.DossierId).MaxAsync(j => (int?)j.Sequence, cancellationToken);
            breaks.Add(group.Key.Found
                ? new JournalBreak(JournalBreakKind.Rewritten, first.DossierId, code, first.Sequence, null,
                    $"Mục #{first.Sequence} khác với khi được niêm phong ở mốc {first.CheckpointId}: chuỗi nhật ký đã bị viết lại. / Entry #{first.Sequence} differs from what checkpoint {first.CheckpointId} sealed: the chain was rewritten.")
                : new JournalBreak(JournalBreakKind.DossierRemoved, first.DossierId, code, first.Sequence, null, remaining is null
                    ? $"Mốc niêm phong {first.CheckpointId} ghi nhận {first.Sequence} mục nhật ký của hồ sơ này nhưng nay không còn mục nào: hồ sơ đã bị xoá khỏi nhật ký. / Checkpoint {first.CheckpointId} sealed {first.Sequence} entries of this dossier; none remain."
                    : $"Mốc niêm phong {first.CheckpointId} ghi nhận mục #{first.Sequence} nhưng nhật ký nay dừng ở #{remaining}: các mục cuối đã bị xoá. / Checkpoint {first.CheckpointId} sealed entry #{first.Sequence}; the chain now ends at #{remaining}."));
        }

        return checkpoints.Count;
    }
}
