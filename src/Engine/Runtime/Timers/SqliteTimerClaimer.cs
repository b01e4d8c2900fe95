using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>
/// SQLite has one writer at a time: selecting and leasing in one immediate transaction is enough
/// for several workers (threads or processes) on one file never to lease the same timer.
/// </summary>
public sealed class SqliteTimerClaimer : ITimerClaimer
{
    public async Task<IReadOnlyList<ClaimedTimer>> ClaimAsync(WorkflowDbContextFactory factory, string workerId, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        await using var transaction = await factory.BeginWriteAsync(db, cancellationToken);
        var due = await db.Timers
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= nowUtc && (t.LockedUntil == null || t.LockedUntil < nowUtc))
            .OrderBy(t => t.DueAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        foreach (var timer in due)
        {
            timer.LockedBy = workerId;
            timer.LockedUntil = leaseUntilUtc;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Select(t => new ClaimedTimer(t.Id, t.DossierId, t.Kind, t.DueAt, t.Attempts)).ToList();
    }
}
