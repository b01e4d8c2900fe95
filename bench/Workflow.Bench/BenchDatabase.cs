using Microsoft.Data.Sqlite;
using Npgsql;
using Workflow.Engine.Persistence;

namespace Workflow.Bench;

/// <summary>
/// A fresh database for one scenario: a SQLite file under the work folder, or a new database on the
/// PostgreSQL server that <c>bench/run.sh</c> starts (its admin connection in <c>WORKFLOW_TEST_POSTGRES</c>).
/// Created empty and migrated with the engine's own migrations, so the schema is the product's.
/// </summary>
public sealed class BenchDatabase
{
    private BenchDatabase(DatabaseOptions options, string name, string? sqlitePath)
    {
        Options = options;
        Name = name;
        SqlitePath = sqlitePath;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public string Name { get; }

    public string? SqlitePath { get; }

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string workFolder, string name)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(workFolder, $"{name}.db");
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            var db = new BenchDatabase(DatabaseOptions.SqliteFile(path), name, path);
            await new WorkflowDbContextFactory(db.Options).MigrateAsync();
            return db;
        }

        var admin = AdminConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var pg = new BenchDatabase(new DatabaseOptions(DatabaseProvider.Postgres, ConnectionStringFor(name)), name, null);
        await new WorkflowDbContextFactory(pg.Options).MigrateAsync();
        return pg;
    }

    /// <summary>An existing database made by an earlier step (the memory probe runs on the generated data).</summary>
    public static BenchDatabase Open(DatabaseProvider provider, string workFolder, string name) => provider == DatabaseProvider.Sqlite
        ? new BenchDatabase(DatabaseOptions.SqliteFile(Path.Combine(workFolder, $"{name}.db")), name, Path.Combine(workFolder, $"{name}.db"))
        : new BenchDatabase(new DatabaseOptions(DatabaseProvider.Postgres, ConnectionStringFor(name)), name, null);

    public static string AdminConnectionString => Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PostgreSQL runs need WORKFLOW_TEST_POSTGRES (bench/run.sh starts a server and sets it).");

    private static string ConnectionStringFor(string name) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;

    /// <summary>A plain ADO.NET connection string for the same database, for the raw floor and the generator.</summary>
    public string PlainConnectionString => IsPostgres
        ? Options.ConnectionString
        : new SqliteConnectionStringBuilder { DataSource = SqlitePath, Pooling = true, DefaultTimeout = 30 }.ConnectionString;

    /// <summary>Bytes on disk: the SQLite file with its WAL, or pg_database_size.</summary>
    public async Task<long> SizeBytesAsync()
    {
        if (!IsPostgres)
        {
            return new[] { SqlitePath!, SqlitePath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }

        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
