using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;

namespace Workflow.Server.Hosting;

/// <summary>
/// Which database the server uses: <c>Database:Provider</c> (Sqlite by default) and
/// <c>ConnectionStrings:Workflow</c>; both can be given as environment variables
/// (<c>Database__Provider</c>, <c>ConnectionStrings__Workflow</c>). Without a connection string,
/// SQLite uses <c>data/workflow.db</c> under the content root.
/// </summary>
public static class DatabaseSettings
{
    public const string DefaultFile = "data/workflow.db";

    public static DatabaseOptions Resolve(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !DatabaseOptions.TryParseProvider(providerText, out provider))
        {
            throw new StartupException(
                $"Database:Provider \"{providerText}\" không được hỗ trợ; dùng một trong: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}. " +
                $"/ Database:Provider \"{providerText}\" is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Workflow");
        if (provider != DatabaseProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    $"Database:Provider={provider} cần ConnectionStrings:Workflow (hoặc biến môi trường ConnectionStrings__Workflow). " +
                    $"/ Database:Provider={provider} needs ConnectionStrings:Workflow (or the ConnectionStrings__Workflow environment variable).");
            }

            return new DatabaseOptions(provider, connectionString);
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return DatabaseOptions.SqliteFile(Path.Combine(contentRoot, DefaultFile));
        }

        // A relative SQLite file is taken from the content root, not from wherever the process was started.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrWhiteSpace(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return new DatabaseOptions(provider, builder.ToString());
    }

    /// <summary>The file a SQLite connection string points to, for the startup banner.</summary>
    public static string Describe(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Sqlite ? $"Sqlite {new SqliteConnectionStringBuilder(options.ConnectionString).DataSource}" : options.Provider.ToString();
}
