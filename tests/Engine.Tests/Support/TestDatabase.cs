using Npgsql;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temp folder by default, or a new
/// database on the PostgreSQL server that <c>./test.sh</c> starts when <c>WORKFLOW_TEST_PROVIDER=Postgres</c>
/// (server in <c>WORKFLOW_TEST_POSTGRES</c>). Dropped when the test ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? postgresAdmin, string? postgresName)
    {
        Options = options;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public static DatabaseProvider ConfiguredProvider =>
        DatabaseOptions.TryParseProvider(Environment.GetEnvironmentVariable("WORKFLOW_TEST_PROVIDER"), out var provider) ? provider : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync(string folder)
    {
        if (ConfiguredProvider != DatabaseProvider.Postgres)
        {
            return new TestDatabase(DatabaseOptions.SqliteFile(Path.Combine(folder, "workflow.db")), null, null);
        }

        var admin = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
            ?? throw new InvalidOperationException("WORKFLOW_TEST_PROVIDER=Postgres needs WORKFLOW_TEST_POSTGRES (./test.sh sets both).");
        var name = $"wf_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseOptions(DatabaseProvider.Postgres, builder.ConnectionString), admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
