using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Audit;

/// <summary>
/// Makes checkpoint writers take turns, so each one reads the latest checkpoint only after the
/// one before it committed and the chain stays linear however many nodes or command-line runs
/// write at once. Without it, two writers read the same latest checkpoint and both chained to it:
/// three nodes with one-minute checkpoints forked the chain every minute.
/// The lock is held until the writer's transaction ends.
/// </summary>
internal static class CheckpointWriterLock
{
    /// <summary>The advisory lock's key on PostgreSQL is any fixed number: "JCKP" in ASCII.</summary>
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(1245924176)";

    public static Task AcquireAsync(WorkflowDbContext db, CancellationToken cancellationToken) => db switch
    {
        // Read committed: the statements after the lock see the checkpoint the previous holder committed.
        PostgresWorkflowDbContext => db.Database.ExecuteSqlRawAsync(PostgresLock, cancellationToken),
        SqlServerWorkflowDbContext => db.Database.ExecuteSqlRawAsync(
            "EXEC sp_getapplock @Resource = 'journal-checkpoint', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000",
            cancellationToken),
        // SQLite's write transactions are immediate: one writer at a time, across processes too.
        _ => Task.CompletedTask,
    };
}
