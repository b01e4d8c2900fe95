using Workflow.Engine.Notifications;
using Workflow.Engine.Notifications.Portal;

namespace Workflow.Server.Hosting;

/// <summary>
/// Delivers the outbox for as long as the server runs, when a mail server or SMS gateway is configured.
/// The dispatcher logs each failed delivery and failed pass; a failure that ends it is logged here.
/// </summary>
public sealed class OutboxService(OutboxDispatcher dispatcher, SmtpOptions smtp, HttpSmsOptions sms, PortalOptions portal, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!smtp.IsConfigured && !sms.IsConfigured && !PortalConnector.IsOn(portal))
        {
            logger.LogWarning("No mail server (Notifications:Smtp:Host) or SMS gateway (Notifications:Sms:Endpoint) is configured; notifications stay in the outbox.");
            return;
        }

        logger.LogInformation("Outbox delivery started (email: {Email}, SMS: {Sms}, national portal: {Portal})", smtp.IsConfigured ? $"{smtp.Host}:{smtp.Port}" : "off",
            sms.IsConfigured ? sms.Endpoint : "off", PortalConnector.IsOn(portal) ? portal.Endpoint : "off");
        try
        {
            await dispatcher.RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogCritical(ex, "Outbox delivery stopped on an error; notifications stay in the outbox until the server restarts");
            throw;
        }

        logger.LogInformation("Outbox delivery stopped");
    }
}
