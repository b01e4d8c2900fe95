using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The writers of one SQLite file in this process, one at a time; the admission of the commands
/// that read before they write (<see cref="ReadFirstCommandWrite"/>, which take the lane only to
/// save); the log's checkpoints (<see cref="SqliteWalCheckpointer"/>); and group commit for the
/// commands that hold the lane for their whole transaction (receipts, and a command's last attempt
/// after lost races). A command that finishes while others are queued leaves the transaction
/// open for them instead of committing: the next one runs on the same connection, inside its own
/// savepoint, and the last of the group commits for all. A command that fails rolls back to its
/// savepoint, so it leaves nothing behind and the others keep their work. No command of a group
/// returns before the group's commit, and if that commit fails every one of them fails.
/// Committing once per group saves the commit's write of the log for all but one command, which
/// is most of what a single writer spends outside the command's own work. A command with nobody
/// queued behind it has no one to share with and writes alone, on its own connection: the group's
/// connection and savepoint cost more than they save there.
/// </summary>
internal sealed class SqliteWriteLane
{
    /// <summary>More members make little difference to the commit's cost but make each wait longer.</summary>
    private const int MaxGroup = 16;

    private const string Savepoint = "command";

    /// <summary>How long a finished member waits for someone else to close its group before closing it itself (a queued writer may give up).</summary>
    private static readonly TimeSpan CloseAfter = TimeSpan.FromMilliseconds(200);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteWalCheckpointer _checkpointer;

    /// <summary>
    /// Commands reading before they write, at most one per processor. More only compete for the
    /// processors with the lane's writer: the next writer's turn waits behind their work in the
    /// thread pool's queue, and the single writer is what every command waits for.
    /// </summary>
    private readonly SemaphoreSlim _readers = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private int _waiting;
    private Group? _open;

    public SqliteWriteLane(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        _checkpointer = new SqliteWalCheckpointer(connectionString, this);
    }

    /// <summary>The groups' connection: opened for a group, closed (back to the pool) when none is queued.</summary>
    public SqliteConnection Connection { get; }

    public SqliteWalCheckpointer Checkpointer => _checkpointer;

    /// <summary>Waits for the lane, for a writer with its own transaction; a group left open is committed first.</summary>
    public async Task EnterAloneAsync(CancellationToken cancellationToken)
    {
        await WaitForGateAsync(cancellationToken);
        if (_open is { } group)
        {
            Close(group);
        }
    }

    /// <summary>Waits for a place among the commands reading before they write (see <see cref="ReadFirstCommandWrite"/>).</summary>
    public Task AdmitReaderAsync(CancellationToken cancellationToken) => _readers.WaitAsync(cancellationToken);

    public void ReaderDone() => _readers.Release();

    /// <summary>A writer with its own transaction is done (committed or not).</summary>
    public void Leave()
    {
        _checkpointer.NoteCommit();
        _gate.Release();
    }

    /// <summary>
    /// Waits for the lane and starts a member of the open group, or opens one if others are queued
    /// behind. With nobody queued there is nothing to share a commit with: the caller then holds
    /// the lane alone (null) and writes with a transaction of its own, as a lone writer always did.
    /// </summary>
    public async Task<SqliteWriteGroupMember?> JoinAsync(CancellationToken cancellationToken)
    {
        await WaitForGateAsync(cancellationToken);
        if (_open is null && Volatile.Read(ref _waiting) == 0)
        {
            return null;
        }

        try
        {
            if (_open is null)
            {
                if (Connection.State != System.Data.ConnectionState.Open)
                {
                    Connection.Open();
                    SqlitePragmas.Apply(Connection);
                }

                _open = new Group(Connection.BeginTransaction(deferred: false));
            }

            _open.Transaction.Save(Savepoint);
            return new SqliteWriteGroupMember(this, _open.Transaction);
        }
        catch
        {
            if (_open is { Members: 0 } empty)
            {
                Close(empty);
            }

            _gate.Release();
            throw;
        }
    }

    /// <summary>A member's work is done and kept: hand the open transaction on, or commit the group; returns once committed.</summary>
    internal async Task FinishAsync()
    {
        var group = _open!;
        try
        {
            group.Transaction.Release(Savepoint);
            group.Members++;
        }
        catch (Exception ex)
        {
            Fail(group, ex);
            _gate.Release();
            throw;
        }

        HandOnOrClose(group);
        await WaitCommittedAsync(group);
    }

    /// <summary>A member failed or gave up: undo its work only, then hand the transaction on or commit the others'.</summary>
    internal void Abandon()
    {
        var group = _open!;
        try
        {
            group.Transaction.Rollback(Savepoint);
            group.Transaction.Release(Savepoint);
        }
        catch (Exception ex)
        {
            // SQLite rolled the whole transaction back (it does on a few errors): the group is lost.
            Fail(group, ex);
            _gate.Release();
            return;
        }

        HandOnOrClose(group);
    }

    private void HandOnOrClose(Group group)
    {
        if (Volatile.Read(ref _waiting) == 0 || group.Members >= MaxGroup)
        {
            Close(group);
        }

        _gate.Release();
    }

    private async Task WaitCommittedAsync(Group group)
    {
        while (!group.Committed.Task.IsCompleted)
        {
            if (await Task.WhenAny(group.Committed.Task, Task.Delay(CloseAfter)) == group.Committed.Task)
            {
                break;
            }

            // Whoever was queued gave up before taking the lane: close the group ourselves.
            await _gate.WaitAsync();
            try
            {
                if (_open == group)
                {
                    Close(group);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        await group.Committed.Task;
    }

    private async Task WaitForGateAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Commits the group (with the lane held) and tells its members.</summary>
    private void Close(Group group)
    {
        try
        {
            group.Transaction.Commit();
            _checkpointer.NoteCommit();
            group.Committed.TrySetResult();
        }
        catch (Exception ex)
        {
            Fail(group, ex);
            return;
        }

        End(group);
    }

    private void Fail(Group group, Exception error)
    {
        try
        {
            group.Transaction.Rollback();
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            // Already rolled back by SQLite itself.
        }

        group.Committed.TrySetException(error);
        End(group);
    }

    private void End(Group group)
    {
        group.Transaction.Dispose();
        _open = null;
        if (Volatile.Read(ref _waiting) == 0)
        {
            Connection.Close();
        }
    }

    private sealed class Group(SqliteTransaction transaction)
    {
        public SqliteTransaction Transaction { get; } = transaction;

        public int Members { get; set; }

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
