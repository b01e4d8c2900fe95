using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>
/// SQL Server: due rows are taken with <c>UPDLOCK, READPAST</c> (skip rows another worker holds)
/// and leased in one statement.
/// </summary>
public sealed class SqlServerTimerClaimer : ITimerClaimer
{
    public async Task<IReadOnlyList<ClaimedTimer>> ClaimAsync(WorkflowDbContextFactory factory, string workerId, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var pending = TimerStatus.Pending.ToString();
        var rows = await db.Database.SqlQuery<ClaimedRow>($"""
            WITH due AS (
                SELECT TOP ({batchSize}) * FROM timers WITH (UPDLOCK, READPAST, ROWLOCK)
                 WHERE Status = {pending} AND DueAt <= {nowUtc} AND (LockedUntil IS NULL OR LockedUntil < {nowUtc})
                 ORDER BY DueAt)
            UPDATE due SET LockedBy = {workerId}, LockedUntil = {leaseUntilUtc}
            OUTPUT inserted.Id, inserted.DossierId, inserted.Kind, inserted.DueAt, inserted.Attempts;
            """).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToClaimed()).OrderBy(t => t.DueAt).ToList();
    }
}
