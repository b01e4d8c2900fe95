using Npgsql;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// Where a test server keeps its data: a SQLite file in the test's folder, or, when
/// <c>WORKFLOW_TEST_PROVIDER=Postgres</c> (as <c>./test.sh</c> sets for its second run), a new database
/// on the throwaway PostgreSQL server in <c>WORKFLOW_TEST_POSTGRES</c>, dropped afterwards.
/// </summary>
public sealed class ServerTestDatabase
{
    private readonly string? _admin;
    private readonly string? _name;

    public ServerTestDatabase(string folder)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("WORKFLOW_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            Provider = "Sqlite";
            ConnectionString = $"Data Source={Path.Combine(folder, "workflow.db")}";
            return;
        }

        _admin = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
            ?? throw new InvalidOperationException("WORKFLOW_TEST_PROVIDER=Postgres needs WORKFLOW_TEST_POSTGRES (./test.sh sets both).");
        _name = $"wf_server_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE {_name}");
        Provider = "Postgres";
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public void Drop()
    {
        if (_admin is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
