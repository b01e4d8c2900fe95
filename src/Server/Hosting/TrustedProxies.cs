using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Workflow.Server.Hosting;

/// <summary>
/// <c>ForwardedHeaders:TrustedProxies</c>: the reverse proxies and load balancers (addresses, or
/// networks such as <c>10.0.0.0/24</c>) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. None by default, so the headers are ignored: anyone can write them, and believing
/// them from anyone would let a client choose the address its rate limits and sign-in throttle count
/// under. Through a chain of trusted proxies the client is the last address none of them owns.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "ForwardedHeaders:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what is configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null;
            foreach (var entry in Entries(configuration))
            {
                options.KnownIPNetworks.Add(Parse(entry));
            }
        });
        return services;
    }

    /// <summary>
    /// Believes the headers from the configured proxies. With none configured the middleware is left
    /// out: given an empty list it would believe them from anyone. A connection without an address
    /// (a Unix socket) is taken to come from the proxy in front.
    /// </summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>Reads the setting before the server listens, so a mistyped entry stops the start with its sentence instead of failing requests.</summary>
    public static void Report(IServiceProvider services, ILogger logger)
    {
        var networks = services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks;
        if (networks.Count == 0)
        {
            logger.LogInformation("No trusted proxy configured ({Setting}): X-Forwarded-For and X-Forwarded-Proto are ignored", Setting);
            return;
        }

        logger.LogInformation("X-Forwarded-For and X-Forwarded-Proto are believed from {Proxies}", string.Join(", ", networks));
    }

    /// <summary>An array (<c>ForwardedHeaders__TrustedProxies__0=…</c>) or one value separated by commas.</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    private static System.Net.IPNetwork Parse(string entry)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        if (System.Net.IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }

        throw new StartupException($"{Setting}: \"{entry}\" không phải một địa chỉ (10.0.0.5) hay một dải mạng (10.0.0.0/24); sửa cấu hình rồi khởi động lại. / "
            + $"\"{entry}\" is neither an address (10.0.0.5) nor a network (10.0.0.0/24); correct the setting and start again.");
    }
}
