using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Timers;

namespace Workflow.Server.Health;

/// <summary>
/// Checks the database with a real query on the engine's schema and the timer worker by its last
/// pass: it sleeps at most <see cref="EngineOptions.TimerMaxSleep"/> between passes, so twice that
/// plus a margin without a pass means it is stuck or dead.
/// </summary>
public sealed class HealthProbe(WorkflowDbContextFactory database, TimerWorker worker, EngineOptions options, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DatabaseHealth databaseHealth;
        try
        {
            await using var db = database.Create();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await db.Officers.AsNoTracking().AnyAsync(timeout.Token);
            databaseHealth = new DatabaseHealth(true, database.Options.Provider.ToString(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            databaseHealth = new DatabaseHealth(false, database.Options.Provider.ToString(), ex.Message);
        }

        var maxSilence = options.TimerMaxSleep * 2 + Margin;
        var alive = worker.LastPassAt is { } last && now - last <= maxSilence;
        var healthy = databaseHealth.Reachable && alive;
        return new HealthReport(healthy ? "healthy" : "unhealthy", healthy, now, databaseHealth,
            new TimerWorkerHealth(alive, worker.WorkerId, worker.LastPassAt, worker.Fired, maxSilence.TotalSeconds));
    }
}
