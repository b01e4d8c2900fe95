namespace Workflow.Server.Hosting;

/// <summary>
/// What a node does on SIGTERM (a deployment, a scale-in): Kestrel stops accepting connections and
/// lets the requests in flight finish; the timer worker and the outbox stop, giving back the timers
/// and messages they had leased and not finished, so another node takes them at once; the process
/// exits within <c>Shutdown:TimeoutSeconds</c> (20 s by default), whatever is still running.
/// </summary>
public static class GracefulShutdown
{
    public const int DefaultTimeoutSeconds = 20;

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Shutdown:TimeoutSeconds", DefaultTimeoutSeconds);
        services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = TimeSpan.FromSeconds(seconds is > 0 and <= 600 ? seconds : DefaultTimeoutSeconds);
            // The workers give back their leases while the web server drains, not one after the other.
            options.ServicesStopConcurrently = true;
        });
        return services;
    }
}
