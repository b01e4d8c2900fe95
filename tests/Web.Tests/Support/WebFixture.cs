using Microsoft.Playwright;

namespace Workflow.Web.Tests.Support;

/// <summary>One server process with demo data and one Chromium for the whole browser suite.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ServerProcess Server { get; private set; } = default!;

    /// <summary>The citizens' electronic identity provider the server signs citizens in with, on loopback.</summary>
    public LoopbackOidcProvider Identity { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public PageTimings Timings { get; } = new();

    /// <summary>The pages the server has already rendered once in this run (ids and queries left out), so a later visit needs no warm-up.</summary>
    public WarmedRoutes Warmed { get; } = new();

    /// <summary>The national portal the server posts to: answering 500 "under maintenance" until a test lets it take messages.</summary>
    public LoopbackPortal Portal { get; } = new() { Failing = PortalMaintenance };

    public const string PortalMaintenance = "Hệ thống đang bảo trì";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        // The circuit answers a click over its socket; give each expectation room on a busy two-core machine.
        Assertions.SetDefaultExpectTimeout(10_000);
        Identity = await LoopbackOidcProvider.StartAsync();
        Identity.RegisterClient("mot-cua-cong-dan", "bi-mat-cong-dan");
        Server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Authentication__Citizen__Authority"] = Identity.Authority,
            ["Authentication__Citizen__ClientId"] = "mot-cua-cong-dan",
            ["Authentication__Citizen__ClientSecret"] = "bi-mat-cong-dan",
            ["Authentication__Citizen__RequireHttpsMetadata"] = "false",
            // The portal connector's messages fail at once (one attempt) and are resent by hand on the portal page.
            ["NationalPortal__Endpoint"] = Portal.Endpoint.ToString(),
            ["Outbox__MaxAttempts"] = "1",
            ["Outbox__PollSeconds"] = "2",
        });
        await DemoDossiers.SeedAsync(Server.Address);
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserLaunch.ChromiumAsync(_playwright);
    }

    /// <summary>A fresh browser session (no cookies) with a Vietnamese desktop window.</summary>
    public Task<Visitor> VisitorAsync() => VisitorAsync("vi-VN", 1440, 900);

    /// <summary>A fresh browser session with the browser's own language and window size given (a phone is 390 × 844).</summary>
    public async Task<Visitor> VisitorAsync(string browserLocale, int width, int height)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Server.Address,
            Locale = browserLocale,
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return new Visitor(this, context, await context.NewPageAsync());
    }

    /// <summary>A browser session signed in through the sign-in page.</summary>
    public async Task<Visitor> SignedInAsync(string userName)
    {
        var visitor = await VisitorAsync();
        await visitor.SignInAsync(userName, DemoAccountNames.Password);
        return visitor;
    }

    public async Task DisposeAsync()
    {
        Timings.Write(Path.Combine(RepositoryPaths.Root, "test-results", "page-timings.txt"));
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Root, "test-results", "web-server.log"), Server.Output);
            await Server.DisposeAsync();
        }

        Portal.Dispose();
        if (Identity is not null)
        {
            await Identity.DisposeAsync();
        }
    }
}
