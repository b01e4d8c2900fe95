using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflow.Engine.Persistence;

/// <summary>A command with a context and a transaction of its own: always on PostgreSQL and SQL Server, on SQLite when no other writer is queued in the lane.</summary>
internal sealed class TransactionCommandWrite(WorkflowDbContext db, IDbContextTransaction transaction) : CommandWrite
{
    public override WorkflowDbContext Db => db;

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await db.DisposeAsync();
    }
}
