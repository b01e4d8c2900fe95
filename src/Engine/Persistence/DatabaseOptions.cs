namespace Workflow.Engine.Persistence;

/// <summary>Which database to use and how to reach it (<c>Database:Provider</c>, <c>ConnectionStrings:Workflow</c>).</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>A SQLite file; its folder is created when missing.</summary>
    public static DatabaseOptions SqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.GetFullPath(path)};Default Timeout=30;Pooling=True");

    /// <summary>Options good enough to build the model and write migration scripts, without a reachable server.</summary>
    public static DatabaseOptions ForScripting(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new(provider, "Data Source=:memory:"),
        DatabaseProvider.Postgres => new(provider, "Host=localhost;Database=workflow"),
        _ => new(provider, "Server=localhost;Database=workflow;TrustServerCertificate=true"),
    };

    public static bool TryParseProvider(string? text, out DatabaseProvider provider) =>
        Enum.TryParse(text, ignoreCase: true, out provider) && Enum.IsDefined(provider);
}
