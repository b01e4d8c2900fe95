using Workflow.Engine.Persistence;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>The claimer that uses each database's own locking.</summary>
public static class TimerClaimers
{
    public static ITimerClaimer For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTimerClaimer(),
        _ => throw new NotSupportedException($"No timer claimer for {provider} in this build."),
    };
}
