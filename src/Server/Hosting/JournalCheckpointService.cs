using Workflow.Engine.Audit;

namespace Workflow.Server.Hosting;

/// <summary>
/// Seals the journal chains that changed, every <c>Audit:CheckpointMinutes</c> (5 by default; a
/// fraction such as 0.5 is allowed, down to one second). Every node does so; writers take turns.
/// </summary>
public sealed class JournalCheckpointService(JournalCheckpointer checkpointer, TimeProvider time, IConfiguration configuration, ILogger<JournalCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval(configuration);
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

    /// <summary>The configured interval, at least a second; a value that is not a number of minutes up to a day keeps the default.</summary>
    public static TimeSpan Interval(IConfiguration configuration) =>
        configuration.GetValue("Audit:CheckpointMinutes", DefaultMinutes) is var minutes && minutes is > 0 and <= 24 * 60
            ? TimeSpan.FromMinutes(minutes) < MinimumInterval ? MinimumInterval : TimeSpan.FromMinutes(minutes)
            : TimeSpan.FromMinutes(DefaultMinutes);

    private const double DefaultMinutes = 5;

    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);
}
