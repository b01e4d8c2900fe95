using Workflow.Engine.Runtime.Timers;

namespace Workflow.Server.Hosting;

/// <summary>Runs the engine's durable timer worker for as long as the server runs.</summary>
public sealed class TimerWorkerService(TimerWorker worker, ILogger<TimerWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first pass touches the database.
        await Task.Yield();
        logger.LogInformation("Timer worker {WorkerId} started", worker.WorkerId);
        worker.TimerFired += firing => logger.LogInformation("Timer {TimerId} ({Kind}) fired for dossier {DossierId}, due {DueAt:o}", firing.TimerId, firing.Kind, firing.DossierId, firing.DueAt);
        await worker.RunAsync(stoppingToken);
        logger.LogInformation("Timer worker {WorkerId} stopped", worker.WorkerId);
    }
}
