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
    private readonly WorkflowDbContext _db;
    private readonly SqliteWriteLane _lane;
    private SqliteTransaction? _snapshot;
    private bool _admitted;

    private ReadFirstCommandWrite(WorkflowDbContext db, SqliteWriteLane lane)
    {
        _db = db;
        _lane = lane;
    }

    public override WorkflowDbContext Db => _db;

    public static async Task<ReadFirstCommandWrite> BeginAsync(WorkflowDbContextFactory factory, SqliteWriteLane lane, CancellationToken cancellationToken)
    {
        await lane.AdmitReaderAsync(cancellationToken);
        ReadFirstCommandWrite write;
        try
        {
            write = new ReadFirstCommandWrite(factory.Create(), lane) { _admitted = true };
        }
        catch
        {
            lane.ReaderDone();
            throw;
        }

        try
        {
            write._db.Database.AutoSavepointsEnabled = false;
            await write._db.Database.OpenConnectionAsync(cancellationToken);
            // Deferred: a read transaction, which takes no lock a writer waits for.
            write._snapshot = ((SqliteConnection)write._db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await write._db.Database.UseTransactionAsync(write._snapshot, cancellationToken);
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
        await _lane.EnterAloneAsync(cancellationToken);
        try
        {
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            await _db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _lane.Leave();
        }
    }

    private async Task EndSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            _snapshot = null;
            await _db.Database.UseTransactionAsync(null, cancellationToken);
            // Nothing was written in it: ending it only lets go of the snapshot.
            snapshot.Rollback();
            snapshot.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await EndSnapshotAsync(CancellationToken.None);
            await _db.Database.CloseConnectionAsync();
            await _db.DisposeAsync();
        }
        finally
        {
            if (_admitted)
            {
                _admitted = false;
                _lane.ReaderDone();
            }
        }
    }
}
