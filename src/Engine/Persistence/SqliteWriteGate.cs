using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflow.Engine.Persistence;

/// <summary>
/// SQLite admits one writer at a time. Left to itself, a second writer's BEGIN IMMEDIATE fails
/// with "busy" and SQLite's busy handler retries it after sleeps of up to 100 ms, so under
/// concurrent commands most of the time goes to sleeping. Inside one process the writers instead
/// queue here, one per database file, and each starts the moment the previous one commits.
/// Other processes on the same file still meet the busy handler, as before. The engine's commands
/// take the lane to save what they read and decided before (<see cref="ReadFirstCommandWrite"/>) or,
/// for receipts, through its group transactions (<see cref="SqliteWriteLane"/>); other writers take
/// the lane alone, with a transaction of their own.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteLane> Lanes = new(StringComparer.Ordinal);

    /// <summary>The lane of the connection string's file, shared by every factory of this process.</summary>
    public static SqliteWriteLane LaneOf(string connectionString) =>
        Lanes.GetOrAdd(FileOf(connectionString), _ => new SqliteWriteLane(connectionString));

    /// <summary>A writer with a transaction of its own on its own connection (timer claims, checkpoints).</summary>
    public static Task<IDbContextTransaction> BeginAsync(WorkflowDbContext db, string connectionString, CancellationToken cancellationToken) =>
        BeginAsync(db, LaneOf(connectionString), cancellationToken);

    /// <summary>The same on a lane already looked up (a command saving what it read before, <see cref="ReadFirstCommandWrite"/>).</summary>
    public static async Task<IDbContextTransaction> BeginAsync(WorkflowDbContext db, SqliteWriteLane lane, CancellationToken cancellationToken)
    {
        await lane.EnterAloneAsync(cancellationToken);
        try
        {
            return new GatedTransaction(await db.Database.BeginTransactionAsync(cancellationToken), lane);
        }
        catch
        {
            lane.Leave();
            throw;
        }
    }

    /// <summary>A transaction of its own for a writer that already holds the lane alone (see <see cref="SqliteWriteLane.JoinAsync"/>).</summary>
    public static async Task<IDbContextTransaction> BeginHeldAsync(WorkflowDbContext db, SqliteWriteLane lane, CancellationToken cancellationToken)
    {
        try
        {
            return new GatedTransaction(await db.Database.BeginTransactionAsync(cancellationToken), lane);
        }
        catch
        {
            lane.Leave();
            throw;
        }
    }

    private static string FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source is "" or ":memory:" ? connectionString : Path.GetFullPath(source);
    }

    /// <summary>The transaction, which lets the next writer in once it is committed, rolled back or disposed.</summary>
    private sealed class GatedTransaction(IDbContextTransaction inner, SqliteWriteLane lane) : IDbContextTransaction
    {
        private int _released;

        public Guid TransactionId => inner.TransactionId;

        public bool SupportsSavepoints => inner.SupportsSavepoints;

        public void Commit()
        {
            inner.Commit();
            Release();
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await inner.CommitAsync(cancellationToken);
            Release();
        }

        public void Rollback()
        {
            inner.Rollback();
            Release();
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await inner.RollbackAsync(cancellationToken);
            Release();
        }

        public void CreateSavepoint(string name) => inner.CreateSavepoint(name);

        public Task CreateSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.CreateSavepointAsync(name, cancellationToken);

        public void RollbackToSavepoint(string name) => inner.RollbackToSavepoint(name);

        public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.RollbackToSavepointAsync(name, cancellationToken);

        public void ReleaseSavepoint(string name) => inner.ReleaseSavepoint(name);

        public Task ReleaseSavepointAsync(string name, CancellationToken cancellationToken = default) => inner.ReleaseSavepointAsync(name, cancellationToken);

        public void Dispose()
        {
            try
            {
                inner.Dispose();
            }
            finally
            {
                Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            finally
            {
                Release();
            }
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lane.Leave();
            }
        }
    }
}
