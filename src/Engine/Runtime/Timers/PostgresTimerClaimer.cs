using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>
/// PostgreSQL: due rows are locked with <c>FOR UPDATE SKIP LOCKED</c> and leased in one
/// statement, so workers on several nodes take disjoint batches without waiting on each other.
/// </summary>
public sealed class PostgresTimerClaimer : ITimerClaimer
{
    public async Task<IReadOnlyList<ClaimedTimer>> ClaimAsync(WorkflowDbContextFactory factory, string workerId, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var pending = TimerStatus.Pending.ToString();
        var rows = await db.Database.SqlQuery<ClaimedRow>($"""
            UPDATE timers AS t
               SET "LockedBy" = {workerId}, "LockedUntil" = {leaseUntilUtc}
              FROM (SELECT "Id" FROM timers
                     WHERE "Status" = {pending} AND "DueAt" <= {nowUtc}
                       AND ("LockedUntil" IS NULL OR "LockedUntil" < {nowUtc})
                     ORDER BY "DueAt"
                     LIMIT {batchSize}
                     FOR UPDATE SKIP LOCKED) AS due
             WHERE t."Id" = due."Id"
            RETURNING t."Id", t."DossierId", t."Kind", t."DueAt", t."Attempts"
            """).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToClaimed()).OrderBy(t => t.DueAt).ToList();
    }
}
