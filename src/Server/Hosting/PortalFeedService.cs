using Workflow.Engine.Notifications;
using Workflow.Engine.Notifications.Portal;

namespace Workflow.Server.Hosting;

/// <summary>
/// When the national portal is configured, writes each dossier's portal messages into the outbox
/// every <c>Outbox:PollSeconds</c>: the first pass compares every dossier (so a restart or an outage
/// loses nothing), later passes the dossiers whose journal grew since.
/// </summary>
public sealed class PortalFeedService(PortalFeed feed, PortalOptions portal, OutboxOptions outbox, TimeProvider time, ILogger<PortalFeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (portal.Problem is { } problem)
        {
            logger.LogError("The national portal connector is off: {Problem}", problem);
            return;
        }

        if (!portal.IsConfigured)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await feed.FeedAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("National portal: {Count} messages written to the outbox", written);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the next pass starts from the same journal row.
                logger.LogError(ex, "National portal: a pass writing messages failed; trying again in {Delay}", outbox.PollInterval);
            }

            await Task.Delay(outbox.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
