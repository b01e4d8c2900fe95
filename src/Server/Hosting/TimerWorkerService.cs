using Workflow.Engine.Runtime.Timers;

namespace Workflow.Server.Hosting;

/// <summary>
/// Runs the engine's durable timer worker for as long as the server runs. The worker logs its own
/// failures and retries; a failure that ends it is logged here before it stops the host.
/// </summary>
public sealed class TimerWorkerService(TimerWorker worker, ILogger<TimerWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first pass touches the database.
        await Task.Yield();
        logger.LogInformation("Timer worker {WorkerId} started", worker.WorkerId);
        worker.TimerFired += firing => logger.LogInformation("Timer {TimerId} ({Kind}) fired for dossier {DossierId}, due {DueAt:o}", firing.TimerId, firing.Kind, firing.DossierId, firing.DueAt);
        try
        {
            await worker.RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogCritical(ex, "Timer worker {WorkerId} stopped on an error; no timer fires on this node until it restarts", worker.WorkerId);
            throw;
        }

        logger.LogInformation("Timer worker {WorkerId} stopped", worker.WorkerId);
    }
}
