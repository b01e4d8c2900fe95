using Microsoft.Playwright;

namespace Workflow.Web.Tests.Support;

/// <summary>Debian's Chromium, driven by Playwright; no browser is ever downloaded.</summary>
public static class BrowserLaunch
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> ChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("WORKFLOW_TEST_CHROMIUM") ?? ChromiumPath,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
}
