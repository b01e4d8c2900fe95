using System.CommandLine;
using Workflow.Engine.Persistence;

namespace Workflow.Cli.Support;

/// <summary>
/// Which database a command works on: <c>--provider</c> and <c>--connection</c>, else the
/// environment variables the server reads (<c>Database__Provider</c>, <c>ConnectionStrings__Workflow</c>),
/// else the server's default SQLite file.
/// </summary>
public static class DatabaseArguments
{
    public static Option<string?> Provider() => new("--provider") { Description = "Sqlite (mặc định), Postgres hoặc SqlServer / database provider" };

    public static Option<string?> Connection() => new("--connection") { Description = "Chuỗi kết nối, hoặc đường dẫn tệp SQLite / connection string, or a SQLite file path" };

    public static DatabaseOptions Resolve(string? provider, string? connection)
    {
        provider ??= Environment.GetEnvironmentVariable("Database__Provider");
        connection ??= Environment.GetEnvironmentVariable("ConnectionStrings__Workflow");
        var kind = DatabaseProvider.Sqlite;
        if (provider is not null && !DatabaseOptions.TryParseProvider(provider, out kind))
        {
            throw new CliException($"\"{provider}\" không phải nhà cung cấp CSDL; dùng Sqlite, Postgres hoặc SqlServer. / Unknown provider \"{provider}\"; use Sqlite, Postgres or SqlServer.");
        }

        if (connection is null)
        {
            if (kind != DatabaseProvider.Sqlite)
            {
                throw new CliException("Cần --connection cho CSDL này. / --connection is required for this provider.");
            }

            return DatabaseOptions.SqliteFile(DefaultSqliteFile());
        }

        if (kind == DatabaseProvider.Sqlite && !connection.Contains('='))
        {
            return DatabaseOptions.SqliteFile(connection);
        }

        return new DatabaseOptions(kind, connection);
    }

    private static string DefaultSqliteFile()
    {
        var procedures = ProceduresFolder.Resolve(null);
        return Path.Combine(Path.GetDirectoryName(procedures)!, "src", "Server", "data", "workflow.db");
    }
}
