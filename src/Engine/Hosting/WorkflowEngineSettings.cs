using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Hosting;

/// <summary>
/// What <see cref="WorkflowEngineRegistration.AddWorkflowEngine(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{WorkflowEngineSettings})"/>
/// builds the engine from: the database, where the procedures come from, the <c>Engine:*</c> settings
/// and the name of this node's timer worker. <see cref="WorkflowEngineConfiguration"/> fills it from configuration.
/// </summary>
public sealed class WorkflowEngineSettings
{
    /// <summary>The SQLite file used when no connection string is given, under <see cref="ContentRoot"/>.</summary>
    public const string DefaultSqliteFile = "data/workflow.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite a relative file is taken from <see cref="ContentRoot"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The folder relative paths are resolved from (the server's content root).</summary>
    public string ContentRoot { get; set; } = Directory.GetCurrentDirectory();

    /// <summary>The procedures folder, loaded when the engine is first needed, unless <see cref="WorkspaceSource"/> is set.</summary>
    public string? ProceduresPath { get; set; }

    /// <summary>Where the procedures come from when the host loads them itself (the server after migrating, tests, the bench).</summary>
    public Func<IServiceProvider, WorkspaceAccessor>? WorkspaceSource { get; set; }

    /// <summary>The <c>Engine:*</c> settings.</summary>
    public EngineOptions Engine { get; set; } = new();

    /// <summary>The name this node's timer worker leases timers under.</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Extra EF Core interceptors (diagnostics; fault injection in tests).</summary>
    public List<IInterceptor> Interceptors { get; } = [];

    public WorkflowEngineSettings UseDatabase(DatabaseOptions database)
    {
        Provider = database.Provider;
        ConnectionString = database.ConnectionString;
        return this;
    }

    public WorkflowEngineSettings UseWorkspace(ProceduresWorkspace workspace)
    {
        WorkspaceSource = _ => new WorkspaceAccessor(workspace);
        return this;
    }

    public WorkflowEngineSettings UseWorkspace(Func<IServiceProvider, WorkspaceAccessor> source)
    {
        WorkspaceSource = source;
        return this;
    }

    /// <summary>The database to use: the server databases need a connection string; SQLite defaults to <see cref="DefaultSqliteFile"/>.</summary>
    public DatabaseOptions ResolveDatabase()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
            {
                throw new EngineConfigurationException(
                    $"Database:Provider={Provider} cần ConnectionStrings:Workflow (hoặc biến môi trường ConnectionStrings__Workflow). " +
                    $"/ Database:Provider={Provider} needs ConnectionStrings:Workflow (or the ConnectionStrings__Workflow environment variable).");
            }

            return new DatabaseOptions(Provider, ConnectionString);
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return DatabaseOptions.SqliteFile(Path.Combine(ContentRoot, DefaultSqliteFile));
        }

        // A relative SQLite file is taken from the content root, not from wherever the process was started.
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (!string.IsNullOrWhiteSpace(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(ContentRoot, builder.DataSource));
        }

        return new DatabaseOptions(Provider, builder.ToString());
    }

    /// <summary>The procedures the engine runs with, from <see cref="WorkspaceSource"/> or else <see cref="ProceduresPath"/>.</summary>
    public WorkspaceAccessor ResolveWorkspace(IServiceProvider services)
    {
        if (WorkspaceSource is { } source)
        {
            return source(services);
        }

        if (string.IsNullOrWhiteSpace(ProceduresPath))
        {
            throw new EngineConfigurationException(
                "Chưa chỉ định thư mục thủ tục (Procedures:Path). / No procedures folder was given (Procedures:Path).");
        }

        return new WorkspaceAccessor(ProceduresWorkspace.Load(Path.GetFullPath(Path.Combine(ContentRoot, ProceduresPath)), convention: Engine.Convention));
    }
}
