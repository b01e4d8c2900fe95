using Workflow.Engine.Hosting;
using Workflow.Engine.Notifications;
using Workflow.Engine.Notifications.Portal;

namespace Workflow.Server.Hosting;

/// <summary>
/// Outbox delivery: email through the SMTP server in <c>Notifications:Smtp</c> and SMS through the
/// HTTP gateway in <c>Notifications:Sms</c>, each only when configured, paced by <c>Outbox:*</c>
/// (lease, poll, retries). Without either, messages stay pending in the outbox (visible to
/// administrators) until one is configured.
/// </summary>
public static class Notifications
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Notifications:Smtp").Get<SmtpOptions>() ?? new SmtpOptions());
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Notifications:Sms").Get<HttpSmsOptions>() ?? new HttpSmsOptions());
        services.AddSingleton(sp => WorkflowEngineConfiguration.ReadOutboxOptions(sp.GetRequiredService<IConfiguration>().GetSection("Outbox"), new OutboxOptions()));
        services.AddHttpClient(nameof(HttpSmsSender));
        services.AddSingleton(sp => PortalConnector.ReadOptions(sp.GetRequiredService<IConfiguration>().GetSection("NationalPortal")));
        services.AddHttpClient(nameof(HttpPortalSender));
        services.AddSingleton(sp =>
        {
            var smtp = sp.GetRequiredService<SmtpOptions>();
            var sms = sp.GetRequiredService<HttpSmsOptions>();
            return new OutboxDispatcher(
                sp.GetRequiredService<Workflow.Engine.Persistence.WorkflowDbContextFactory>(),
                sp.GetRequiredService<TimeProvider>(),
                smtp.IsConfigured ? new SmtpEmailSender(smtp) : null,
                sms.IsConfigured ? new HttpSmsSender(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpSmsSender)), sms) : null,
                sp.GetRequiredService<OutboxOptions>(),
                logger: sp.GetRequiredService<ILogger<OutboxDispatcher>>(),
                portal: PortalConnector.Sender(sp));
        });
        services.AddPortalConnector();
        if (!services.Any(s => s.ImplementationType == typeof(OutboxService)))
        {
            services.AddHostedService<OutboxService>();
        }

        return services;
    }
}
