using Microsoft.AspNetCore.Hosting;

namespace Workflow.Server.Tests.Support;

/// <summary>The server with the public rate limit down to three requests a minute, so a test can reach it.</summary>
public sealed class ThrottledServerFactory : ServerFactory
{
    public const int PublicPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:PublicPerMinute", PublicPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
