using System.Globalization;
using Workflow.Engine.Notifications.Portal;

namespace Workflow.Server.Hosting;

/// <summary>
/// The national portal connector (<c>NationalPortal:Endpoint|CredentialsHeader|Credentials|TimeoutSeconds|LateCommitWindowSeconds</c>):
/// off without an endpoint. When on, <see cref="PortalFeedService"/> writes each dossier's messages into
/// the outbox and outbox delivery posts them, in order per dossier.
/// </summary>
public static class PortalConnector
{
    public static IServiceCollection AddPortalConnector(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PortalFeed(sp.GetRequiredService<Workflow.Engine.Persistence.WorkflowDbContextFactory>(),
            sp.GetRequiredService<Workflow.Engine.Runtime.WorkspaceAccessor>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PortalFeed>>(),
            sp.GetRequiredService<PortalOptions>().LateCommitWindow));
        services.AddSingleton(sp => new PortalOutbox(sp.GetRequiredService<Workflow.Engine.Persistence.WorkflowDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        if (!services.Any(s => s.ImplementationType == typeof(PortalFeedService)))
        {
            services.AddHostedService<PortalFeedService>();
        }

        return services;
    }

    public static PortalOptions ReadOptions(IConfigurationSection section)
    {
        var seconds = double.TryParse(section["TimeoutSeconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 30;
        return new PortalOptions
        {
            Endpoint = string.IsNullOrWhiteSpace(section["Endpoint"]) ? null : new Uri(section["Endpoint"]!, UriKind.RelativeOrAbsolute),
            CredentialsHeader = string.IsNullOrWhiteSpace(section["CredentialsHeader"]) ? "Authorization" : section["CredentialsHeader"]!,
            Credentials = section["Credentials"],
            Timeout = TimeSpan.FromSeconds(seconds),
            LateCommitWindow = TimeSpan.FromSeconds(double.TryParse(section["LateCommitWindowSeconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var window) && window > 0 ? window : 300),
        };
    }

    /// <summary>Configured with an endpoint it may use (HTTPS, or HTTP on loopback).</summary>
    public static bool IsOn(PortalOptions options) => options.IsConfigured && options.Problem is null;

    public static IPortalSender? Sender(IServiceProvider services)
    {
        var options = services.GetRequiredService<PortalOptions>();
        return IsOn(options) ? new HttpPortalSender(services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(HttpPortalSender)), options) : null;
    }
}
