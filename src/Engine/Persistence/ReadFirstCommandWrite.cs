using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>
/// A command on SQLite that reads and decides before it takes the writer lane. SQLite admits one
/// writer, but in WAL mode readers run beside it; holding the lane only while saving lets the
/// commands of other dossiers read and decide on the other cores meanwhile. The command's reads
/// share one snapshot (a deferred read transaction), so what it decides on is one consistent state.
/// Whether that state is still current is checked when saving: every command bumps its dossier's
/// version, and the save updates the dossier only at the version it read, so a command that lost a
/// race fails with <see cref="DbUpdateConcurrencyException"/> and nothing of it is written. The
/// engine then runs it again on what the winner wrote.
/// </summary>
internal sealed class ReadFirstCommandWrite : CommandWrite
{
    private readonly SqliteWriteLane _lane;
    private WorkflowDbContext? _db;
    private SqliteTransaction? _snapshot;
    private bool _disposed;

    /// <summary>Holds one of the lane's places for readers (<see cref="SqliteWriteLane.AdmitReaderAsync"/>) until disposed.</summary>
    private ReadFirstCommandWrite(SqliteWriteLane lane) => _lane = lane;

    public override WorkflowDbContext Db => _db!;

    public static async Task<ReadFirstCommandWrite> BeginAsync(WorkflowDbContextFactory factory, SqliteWriteLane lane, CancellationToken cancellationToken)
    {
        await lane.AdmitReaderAsync(cancellationToken);
        var write = new ReadFirstCommandWrite(lane);
        try
        {
            var db = write._db = factory.Create();
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.OpenConnectionAsync(cancellationToken);
            // Deferred: a read transaction, which takes no lock a writer waits for.
            write._snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(write._snapshot, cancellationToken);
            return write;
        }
        catch
        {
            await write.DisposeAsync();
            throw;
        }
    }

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        await EndSnapshotAsync(cancellationToken);
        await using var transaction = await SqliteWriteGate.BeginAsync(Db, _lane, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task EndSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            _snapshot = null;
            await Db.Database.UseTransactionAsync(null, cancellationToken);
            // Nothing was written in it: ending it only lets go of the snapshot.
            snapshot.Rollback();
            snapshot.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_db is { } db)
            {
                await EndSnapshotAsync(CancellationToken.None);
                await db.Database.CloseConnectionAsync();
                await db.DisposeAsync();
            }
        }
        finally
        {
            _lane.ReaderDone();
        }
    }
}
