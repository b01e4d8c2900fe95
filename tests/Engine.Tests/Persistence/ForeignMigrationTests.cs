using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Persistence;

public class ForeignMigrationTests
{
    [Fact]
    public async Task A_database_migrated_by_another_build_is_refused_with_what_to_do_and_left_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "old.db");
        var factory = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(path));
        await factory.MigrateAsync();
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20260101000000_SomethingOlder', '10.0.0')";
            await insert.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<ForeignMigrationsException>(() => factory.MigrateAsync());
        Assert.Contains("20260101000000_SomethingOlder", refused.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", refused.Message, StringComparison.Ordinal);

        // Nothing was applied or removed: the history still holds this build's migrations and the foreign one.
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT group_concat(MigrationId, ' ') FROM (SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId)";
            var history = (string)(await read.ExecuteScalarAsync())!;
            Assert.Matches(@"^20260101000000_SomethingOlder \d{14}_Initial \d{14}_MigrationRuns$", history);
        }

        SqliteConnection.ClearAllPools();
    }
}
