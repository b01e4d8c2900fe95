using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;

namespace Workflow.Server.Hosting;

/// <summary>
/// How the server names its database in the startup banner and logs. Which database it uses is read by
/// the engine's registration (<c>Database:Provider</c>, <c>ConnectionStrings:Workflow</c>; see
/// <see cref="Workflow.Engine.Hosting.WorkflowEngineConfiguration"/>).
/// </summary>
public static class DatabaseSettings
{
    /// <summary>The file a SQLite connection string points to, for the startup banner.</summary>
    public static string Describe(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Sqlite ? $"Sqlite {new SqliteConnectionStringBuilder(options.ConnectionString).DataSource}" : options.Provider.ToString();
}
