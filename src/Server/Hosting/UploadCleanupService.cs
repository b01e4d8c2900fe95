using Workflow.Engine.Documents.Uploads;

namespace Workflow.Server.Hosting;

/// <summary>
/// Deletes, every hour, the uploads no dossier claimed in time: files citizens sent and never
/// submitted would otherwise stay forever, personal papers included.
/// </summary>
public sealed class UploadCleanupService(UploadStore uploads, TimeProvider time, ILogger<UploadCleanupService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var deleted = await uploads.DeleteUnclaimedAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} uploads that no dossier claimed in time", deleted);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Deleting unclaimed uploads failed; trying again in {Interval}", Interval);
            }

            await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
