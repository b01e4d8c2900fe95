using Microsoft.AspNetCore.Hosting;

namespace Workflow.Server.Tests.Support;

/// <summary>The server with the national portal connector on, posting to a <see cref="LoopbackPortal"/> it owns (2 s timeout, 3 attempts, the server's own passes only at start).</summary>
public sealed class PortalServerFactory : ServerFactory
{
    public const string Token = "portal-test-token";

    public LoopbackPortal Portal { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NationalPortal:Endpoint", Portal.Endpoint.ToString());
        builder.UseSetting("NationalPortal:CredentialsHeader", "X-Portal-Token");
        builder.UseSetting("NationalPortal:Credentials", Token);
        builder.UseSetting("NationalPortal:TimeoutSeconds", "2");
        builder.UseSetting("Outbox:MaxAttempts", "3");
        // The tests run the feed and delivery passes themselves: the server's own passes, woken when a
        // test moves the fake clock, would race them (harmless, but the assertions could not say who sent what).
        builder.UseSetting("Outbox:PollSeconds", "86400");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Portal.Dispose();
    }
}
