using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Tests.Persistence;

/// <summary>
/// SQLite's write-ahead log is copied back into the database beside the writers, not by the
/// committing writer: the log stays short while commands keep coming, and a reader that holds an
/// old snapshot delays its restart without losing anything.
/// </summary>
public class SqliteWalCheckpointTests
{
    private static OfficerRecord Officer(string id) => new() { Id = id, UserName = id, DisplayName = id.ToUpperInvariant() };

    /// <summary>Commits one officer at a time; with <paramref name="checkpointer"/>, lets each checkpoint it starts finish before going on.</summary>
    private static async Task CommitOfficersAsync(WorkflowDbContextFactory factory, string prefix, int count, SqliteWalCheckpointer? checkpointer = null)
    {
        for (var i = 0; i < count; i++)
        {
            await using (var write = await factory.BeginCommandAsync(CancellationToken.None))
            {
                write.Db.Officers.Add(Officer($"{prefix}{i:D4}"));
                await write.CommitAsync(CancellationToken.None);
            }

            if (checkpointer is not null)
            {
                await WaitForAsync(() => !checkpointer.IsRunning);
            }
        }
    }

    /// <summary>The log's size in pages now, as a passive checkpoint reports it (it copies what it can, which leaves the log's size as it is).</summary>
    private static long LogPages(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(1);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the background checkpoint did not happen within 10 s");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task The_log_stays_short_while_commits_keep_coming_and_everything_is_kept()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "wal.db");
        var factory = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(path));
        await factory.MigrateAsync();
        var checkpointer = SqliteWriteGate.LaneOf(factory.Options.ConnectionString).Checkpointer;
        checkpointer.CommitsPerCheckpoint = 50;
        checkpointer.RestartAfterPages = 100;
        try
        {
            // Checkpoints run beside the writers; here each is let finish before the next commit, so
            // that how many there are does not depend on how busy the machine is.
            await CommitOfficersAsync(factory, "a", 1_000, checkpointer);

            // Each commit adds at least two pages (the row's and its key's), so without checkpoints
            // the log would hold 2,000 or more; the engine's connections do not checkpoint on
            // commit, so only the background checkpoints and their restarts keep it short.
            // One is due every 50 commits. A checkpoint can fail when another test clears the
            // connection pools at that moment (a closing connection checkpoints too); the next one
            // then does its work, so most, not all, are asked for.
            Assert.InRange(checkpointer.Restarts, 15, 20);
            Assert.True(LogPages(path) < 500, $"the log has {LogPages(path)} pages 50 commits after its last restart");
            await using var db = factory.Create();
            Assert.Equal(1_000, await db.Officers.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task A_reader_holding_an_old_snapshot_delays_the_restart_of_the_log_until_it_lets_go()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "wal.db");
        var factory = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(path));
        await factory.MigrateAsync();
        var checkpointer = SqliteWriteGate.LaneOf(factory.Options.ConnectionString).Checkpointer;
        checkpointer.CommitsPerCheckpoint = 20;
        checkpointer.RestartAfterPages = 50;
        try
        {
            await CommitOfficersAsync(factory, "a", 10);
            await using (var reader = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await reader.OpenAsync();
                await using var snapshot = reader.BeginTransaction(deferred: true);
                await using (var read = reader.CreateCommand())
                {
                    read.CommandText = "SELECT COUNT(*) FROM officers";
                    Assert.Equal(10L, await read.ExecuteScalarAsync());
                }

                // The reader's snapshot keeps the log from being copied past it, let alone restarted;
                // writers go on meanwhile, and the reader still sees its own moment.
                await CommitOfficersAsync(factory, "b", 200);
                await WaitForAsync(() => checkpointer.Checkpoints >= 1 && !checkpointer.IsRunning);
                Assert.Equal(0, checkpointer.Restarts);
                Assert.True(LogPages(path) > 50);
                await using (var read = reader.CreateCommand())
                {
                    read.CommandText = "SELECT COUNT(*) FROM officers";
                    Assert.Equal(10L, await read.ExecuteScalarAsync());
                }
            }

            // Once it has let go, the next checkpoint restarts the log: commit one at a time, each
            // checkpoint let finish, until one has; the next commit then writes from the log's start.
            var more = 0;
            while (checkpointer.Restarts == 0)
            {
                Assert.True(more < 100, "no checkpoint restarted the log within 100 commits of the reader letting go");
                await CommitOfficersAsync(factory, $"c{more++:D3}-", 1, checkpointer);
            }

            await CommitOfficersAsync(factory, "d", 1);
            Assert.True(LogPages(path) < 20, $"the log has {LogPages(path)} pages one commit after its restart");
            await using var db = factory.Create();
            Assert.Equal(211 + more, await db.Officers.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
