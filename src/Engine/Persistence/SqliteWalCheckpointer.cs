using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Copies the write-ahead log back into the database file, beside the writer instead of in its
/// way. Left to SQLite, the commit that takes the log past 1,000 pages copies them itself, with
/// the write lock held, and every other writer waits for it (a third of a commit's time under
/// load). The engine's connections turn that off (<see cref="SqlitePragmas"/>) and the lane calls
/// <see cref="NoteCommit"/> after each commit; every <see cref="CommitsPerCheckpoint"/> commits a
/// passive checkpoint runs on a connection of its own, which copies what no reader still needs
/// without taking the write lock. The log only starts again from its beginning when a writer
/// finds it wholly copied, which never happens while commits keep coming (new ones arrive while
/// the passive checkpoint copies); so once it has grown past <see cref="RestartAfterPages"/>, the
/// checkpoint then takes the writer lane and restarts it: by then only what was committed during
/// the passive copy is left to copy, so writers wait for little. The restart also waits for the
/// readers of that moment, a fifth of a second at most; a reader holding an older snapshot makes
/// it give up until the next checkpoint, and nothing is lost meanwhile.
/// </summary>
internal sealed class SqliteWalCheckpointer(string connectionString, SqliteWriteLane lane)
{
    /// <summary>About as often as SQLite's own default (a checkpoint per 1,000 pages of log); the tests lower it.</summary>
    public int CommitsPerCheckpoint { get; set; } = 500;

    /// <summary>16 MB of log at the default page size.</summary>
    public long RestartAfterPages { get; set; } = 4_096;

    /// <summary>
    /// Its own connection, outside the pool, that never creates the file: a checkpoint due after
    /// the database was deleted (a test's folder) finds nothing and does nothing.
    /// </summary>
    private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
    }.ToString();

    private int _commits;
    private int _running;

    /// <summary>Checkpoints run, and those of them that took the lane to restart the log.</summary>
    public int Checkpoints { get; private set; }

    public int Restarts { get; private set; }

    public bool IsRunning => Volatile.Read(ref _running) != 0;

    /// <summary>A writer of this process has committed; called with the lane held, so it must not wait.</summary>
    public void NoteCommit()
    {
        if (++_commits >= CommitsPerCheckpoint && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _commits = 0;
            _ = Task.Run(CheckpointAsync);
        }
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync();
            await using (var wait = connection.CreateCommand())
            {
                // RESTART waits for the readers of the moment through the busy handler, with this process's
                // writers held: a fifth of a second at most, then it gives up until the next checkpoint.
                wait.CommandText = "PRAGMA busy_timeout=200";
                await wait.ExecuteNonQueryAsync();
            }

            var logPages = await CheckpointAsync(connection, "PASSIVE");
            Checkpoints++;
            if (logPages > RestartAfterPages)
            {
                await lane.EnterAloneAsync(CancellationToken.None);
                try
                {
                    if (await CheckpointAsync(connection, "RESTART") >= 0)
                    {
                        Restarts++;
                    }
                }
                finally
                {
                    lane.Leave();
                }
            }
        }
        catch (SqliteException)
        {
            // The file is gone or busy: the next checkpoint will try again, and until then the
            // log only grows; nothing is lost either way.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Runs one checkpoint; returns the log's size in pages as it found it, or -1 if readers kept it from completing.</summary>
    private static async Task<long> CheckpointAsync(SqliteConnection connection, string mode)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        await using var reader = await command.ExecuteReaderAsync();
        return !await reader.ReadAsync() ? 0 : reader.GetInt64(0) != 0 ? -1 : reader.GetInt64(1);
    }
}
