using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Asks the database to write, without changing anything: an update that matches no row still
/// needs a writable database (SQLite takes its write lock, PostgreSQL and SQL Server refuse it in
/// a read-only transaction or database). A read alone said "healthy" while every write failed.
/// </summary>
public sealed class DatabaseWriteProbe(WorkflowDbContextFactory factory)
{
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        // Through the writer lane, as the engine's writes are: on SQLite the probe waits its turn instead of meeting the busy handler.
        await using var transaction = await factory.BeginWriteAsync(db, cancellationToken);
        await db.JournalCheckpoints.Where(c => c.Id < 0)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.HeadCount, c => c.HeadCount), cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }
}
