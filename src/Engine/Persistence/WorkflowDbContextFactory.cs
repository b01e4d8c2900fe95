using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Engine.Persistence;

/// <summary>Creates a context for the configured provider; one per command or query.</summary>
public sealed class WorkflowDbContextFactory
{
    private readonly Func<WorkflowDbContext> _create;

    /// <param name="options">Provider and connection string.</param>
    /// <param name="interceptors">Extra EF Core interceptors (diagnostics, fault injection in tests).</param>
    public WorkflowDbContextFactory(DatabaseOptions options, params IInterceptor[] interceptors)
    {
        Options = options;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                var sqlite = new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(options.ConnectionString)
                    .AddInterceptors([new SqlitePragmas(), .. interceptors])
                    .Options;
                _create = () => new SqliteWorkflowDbContext(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
                    .UseNpgsql(options.ConnectionString)
                    .AddInterceptors(interceptors)
                    .Options;
                _create = () => new PostgresWorkflowDbContext(postgres);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerWorkflowDbContext>()
                    .UseSqlServer(options.ConnectionString)
                    .AddInterceptors(interceptors)
                    .Options;
                _create = () => new SqlServerWorkflowDbContext(sqlServer);
                break;
            default:
                throw new NotSupportedException($"Unknown database provider {options.Provider}.");
        }
    }

    public DatabaseOptions Options { get; }

    public WorkflowDbContext Create() => _create();

    /// <summary>Creates the database when missing and applies every pending migration.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
