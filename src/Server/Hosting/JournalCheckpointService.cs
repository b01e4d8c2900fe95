using Workflow.Engine.Audit;

namespace Workflow.Server.Hosting;

/// <summary>Seals the journal chains that changed, every <c>Audit:CheckpointMinutes</c> (5 by default).</summary>
public sealed class JournalCheckpointService(JournalCheckpointer checkpointer, TimeProvider time, IConfiguration configuration, ILogger<JournalCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Audit:CheckpointMinutes", 5)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
                if (await checkpointer.WriteAsync(stoppingToken) is { } checkpoint)
                {
                    logger.LogInformation("Journal checkpoint {Id} sealed {Heads} chains", checkpoint.Id, checkpoint.HeadCount);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The journal checkpoint failed; it is tried again in {Interval}", interval);
            }
        }
    }
}
