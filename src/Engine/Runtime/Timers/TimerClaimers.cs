using Workflow.Engine.Persistence;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>The claimer that uses each database's own locking.</summary>
public static class TimerClaimers
{
    public static ITimerClaimer For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTimerClaimer(),
        DatabaseProvider.Postgres => new PostgresTimerClaimer(),
        DatabaseProvider.SqlServer => new SqlServerTimerClaimer(),
        _ => throw new NotSupportedException($"No timer claimer for {provider}."),
    };
}
