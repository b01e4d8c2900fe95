using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflow.Engine.Persistence;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// Real failures from the real provider are told apart by type and code: a unique index that
/// refused a row (a lost race, run again), and a database that cannot take writes now (503, not 500).
/// </summary>
public class DatabaseFailureTests
{
    [Fact]
    public async Task A_duplicate_row_is_a_unique_violation_and_not_an_outage()
    {
        await using var h = await EngineHarness.StartAsync();
        await using var db = h.Database.Create();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE probe_unique (id INTEGER, CONSTRAINT probe_unique_id UNIQUE (id))");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO probe_unique (id) VALUES (1)");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO probe_unique (id) VALUES (1)"));

        Assert.True(DatabaseErrors.IsUniqueViolation(refused), refused.ToString());
        Assert.False(DatabaseErrors.IsUnavailable(refused));
    }

    [Fact]
    public async Task A_read_only_database_fails_the_write_probe_as_unavailable()
    {
        await using var h = await EngineHarness.StartAsync();
        await new DatabaseWriteProbe(h.Database).ProbeAsync(CancellationToken.None);

        var readOnly = ReadOnly(h.Database.Options);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => new DatabaseWriteProbe(readOnly).ProbeAsync(CancellationToken.None));

        Assert.True(DatabaseErrors.IsUnavailable(refused), refused.ToString());
        Assert.False(DatabaseErrors.IsUniqueViolation(refused));
        await using var db = h.Database.Create();
        Assert.Equal(0, await db.JournalCheckpoints.CountAsync());
    }

    [Fact]
    public async Task An_unreachable_database_is_unavailable()
    {
        await using var h = await EngineHarness.StartAsync();
        var options = h.Database.Options.Provider == DatabaseProvider.Postgres
            ? new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(h.Database.Options.ConnectionString) { Host = "127.0.0.1", Port = ClosedPort(), Timeout = 3 }.ConnectionString)
            : new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"wf-missing-{Guid.NewGuid():N}", "workflow.db")};Mode=ReadWrite");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => new DatabaseWriteProbe(new WorkflowDbContextFactory(options)).ProbeAsync(CancellationToken.None));

        Assert.True(DatabaseErrors.IsUnavailable(refused), refused.ToString());
    }

    /// <summary>The same database through connections that may only read, as a replica or a locked-down file gives.</summary>
    private static WorkflowDbContextFactory ReadOnly(DatabaseOptions options) => options.Provider == DatabaseProvider.Postgres
        ? new WorkflowDbContextFactory(new DatabaseOptions(options.Provider,
            new NpgsqlConnectionStringBuilder(options.ConnectionString) { Options = "-c default_transaction_read_only=on", Pooling = false }.ConnectionString))
        : new WorkflowDbContextFactory(new DatabaseOptions(options.Provider,
            new SqliteConnectionStringBuilder(options.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString));

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
