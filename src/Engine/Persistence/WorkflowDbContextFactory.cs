using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflow.Engine.Persistence;

/// <summary>Creates a context for the configured provider; one per command or query.</summary>
public sealed class WorkflowDbContextFactory
{
    private readonly DbContextOptions<SqliteWorkflowDbContext>? _sqlite;

    /// <param name="options">Provider and connection string.</param>
    /// <param name="interceptors">Extra EF Core interceptors (diagnostics, fault injection in tests).</param>
    public WorkflowDbContextFactory(DatabaseOptions options, params IInterceptor[] interceptors)
    {
        Options = options;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                _sqlite = new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
                    .UseSqlite(options.ConnectionString)
                    .AddInterceptors([new SqlitePragmas(), .. interceptors])
                    .Options;
                break;
            default:
                throw new NotSupportedException($"The database provider {options.Provider} is not available in this build.");
        }
    }

    public DatabaseOptions Options { get; }

    public WorkflowDbContext Create() => Options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWorkflowDbContext(_sqlite!),
        _ => throw new NotSupportedException(Options.Provider.ToString()),
    };

    /// <summary>Creates the database when missing and applies every pending migration.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = Create();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
