using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Audit;

/// <summary>
/// Seals the heads of the dossier chains that changed since the last checkpoint. Run
/// periodically (the server does so every few minutes) and by <c>workflow audit checkpoint</c>.
/// Each checkpoint is chained to the one before it, so neither can be quietly replaced; writers
/// take turns (<see cref="CheckpointWriterLock"/>), so the chain stays one line.
/// </summary>
public sealed class JournalCheckpointer(WorkflowDbContextFactory factory, TimeProvider time)
{
    /// <summary>
    /// Entries are numbered when inserted but may commit slightly out of order on a multi-node
    /// database; re-sealing the heads of a short overlap costs little and misses nothing.
    /// </summary>
    private const long OverlapEntries = 1000;

    public async Task<JournalCheckpointRecord?> WriteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        await using var transaction = await factory.BeginWriteAsync(db, cancellationToken);
        await CheckpointWriterLock.AcquireAsync(db, cancellationToken);
        var previous = await db.JournalCheckpoints.OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        var from = Math.Max(0, (previous?.UpToEntryId ?? 0) - OverlapEntries);
        var upTo = await db.Journal.MaxAsync(j => (long?)j.Id, cancellationToken) ?? 0;
        if (upTo <= (previous?.UpToEntryId ?? 0))
        {
            return null;
        }

        var touched = db.Journal.Where(j => j.Id > from && j.Id <= upTo).Select(j => j.DossierId).Distinct();
        var heads = await db.Journal
            .Where(j => touched.Contains(j.DossierId))
            .GroupBy(j => j.DossierId)
            .Select(g => g.OrderByDescending(j => j.Sequence).Select(j => new { j.DossierId, j.Sequence, j.Hash }).First())
            .ToListAsync(cancellationToken);
        var checkpoint = new JournalCheckpointRecord
        {
            At = StoredInstant.Now(time).UtcDateTime,
            UpToEntryId = upTo,
            HeadCount = heads.Count,
            PreviousHash = previous?.Hash ?? JournalHasher.Genesis,
        };
        var headRows = heads.Select(h => new JournalCheckpointHeadRecord { DossierId = h.DossierId, Sequence = h.Sequence, Hash = h.Hash }).ToList();
        checkpoint.Hash = CheckpointHasher.Compute(checkpoint, headRows);
        db.JournalCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var head in headRows)
        {
            head.CheckpointId = checkpoint.Id;
        }

        db.JournalCheckpointHeads.AddRange(headRows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkpoint;
    }
}
