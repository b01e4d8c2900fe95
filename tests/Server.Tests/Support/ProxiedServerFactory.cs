using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// The server behind a reverse proxy it trusts (<see cref="Proxy"/>, and the network 10.8.0.0/16
/// beyond it), on a network where each connection comes from a known machine: the in-memory server
/// has no sockets, so the test's own outermost middleware sets the connection's address from
/// <see cref="PeerHeader"/>, as a socket would. The public rate limit is down to three a minute, and
/// the sign-in throttle's ceiling per user name to <see cref="AccountCeiling"/>, so tests can reach them.
/// </summary>
public sealed class ProxiedServerFactory : ServerFactory
{
    public const string Proxy = "10.9.0.1";
    public const string PeerHeader = "X-Test-Peer";
    public const string Host = "motcua.example.vn";
    public const int PublicPerMinute = 3;
    public const int AccountCeiling = 20;

    /// <summary>A client whose requests reach the server through the trusted proxy on behalf of <paramref name="client"/>, who used <paramref name="scheme"/>.</summary>
    public HttpClient Via(string client, string scheme = "https", bool cookies = false)
    {
        var http = From(Proxy, cookies);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return http;
    }

    /// <summary>A client connecting from <paramref name="peer"/> itself, whatever forwarded headers it then writes.</summary>
    public HttpClient From(string peer, bool cookies = false)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies, BaseAddress = new Uri($"http://{Host}/") });
        http.DefaultRequestHeaders.Add(PeerHeader, peer);
        return http;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:TrustedProxies", $"{Proxy}, 10.8.0.0/16");
        builder.UseSetting("RateLimiting:PublicPerMinute", PublicPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SignIn:Throttle:AccountCeiling", AccountCeiling.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ConnectionPeer>());
    }

    private sealed class ConnectionPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.Remove(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return following(context);
            });
            next(app);
        };
    }
}
