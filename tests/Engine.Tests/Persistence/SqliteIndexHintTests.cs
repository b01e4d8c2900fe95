using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Tests.Persistence;

/// <summary>A query's index hint reaches SQLite as INDEXED BY, and a hint that no longer fits its query fails loudly.</summary>
public class SqliteIndexHintTests
{
    [Fact]
    public async Task The_named_index_is_used_and_one_that_cannot_serve_the_query_is_refused()
    {
        using var folder = new TemporaryFolder();
        var factory = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(Path.Combine(folder.Path, "hints.db")));
        await factory.MigrateAsync();
        try
        {
            await using var db = factory.Create();
            var handoffs = SqliteIndexHints.Use(db.Journal.AsNoTracking(), "journal_entries", "j", "IX_journal_entries_handoffs");
            Assert.Equal(0, await handoffs.Where(j => j.Command == "handoff" && j.At >= DateTime.UnixEpoch).CountAsync());

            // The partial index holds handoffs only: SQLite cannot answer completions from it, and says so
            // instead of quietly reading another index, which shows the hint was applied.
            var error = await Assert.ThrowsAsync<SqliteException>(() => handoffs.Where(j => j.Command == "complete").CountAsync());
            Assert.Contains("no query solution", error.Message);

            var moved = SqliteIndexHints.Use(db.Journal.AsNoTracking(), "journal_entries", "x", "IX_journal_entries_handoffs");
            var stale = await Assert.ThrowsAsync<InvalidOperationException>(() => moved.CountAsync());
            Assert.Contains("the query changed", stale.Message);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
