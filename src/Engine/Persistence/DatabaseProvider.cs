namespace Workflow.Engine.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one writer at a time.</summary>
    Sqlite,

    /// <summary>The scale-out target: several server nodes share one database.</summary>
    Postgres,

    /// <summary>Supported with its own migrations; not run live on our machines.</summary>
    SqlServer,
}
