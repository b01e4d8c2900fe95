using Microsoft.AspNetCore.Hosting;

namespace Workflow.Server.Tests.Support;

/// <summary>The server as a newcomer starts it: the demo accounts and, on an empty database, the communes' last 30 days.</summary>
public sealed class DemoHistoryServerFactory : ServerFactory
{
    protected override bool DemoHistory => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:DemoHistoryDays", "30");
    }
}
