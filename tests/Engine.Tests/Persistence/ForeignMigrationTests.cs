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

        // Nothing was changed: the tables and the history are as they were.
        await using var db = factory.Create();
        Assert.Equal(0, db.Dossiers.Count());
        SqliteConnection.ClearAllPools();
    }
}
