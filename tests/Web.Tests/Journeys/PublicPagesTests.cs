using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>What a citizen sees without an account: the catalogue, a procedure, tracking, and the language switch.</summary>
[Collection(WebCollection.Name)]
public sealed class PublicPagesTests(WebFixture fixture)
{
    [Fact]
    public async Task A_citizen_finds_a_procedure_in_the_catalogue_with_its_papers_fees_and_time()
    {
        await using var citizen = await fixture.VisitorAsync();
        await citizen.OpenAsync("/", "home (public)");
        await citizen.ScreenshotAsync("15-home-public");
        await citizen.OpenAsync("/procedures", "catalogue");
        Assert.True(await citizen.Test("procedure-card").CountAsync() >= 5);
        await citizen.ScreenshotAsync("16-catalogue");
        await citizen.Field("catalogue-filter").FillAsync("khai sinh");
        await Expect(citizen.Test("procedure-card")).ToHaveCountAsync(1);
        await citizen.Test("procedure-link").ClickAsync();
        await citizen.Page.WaitForURLAsync(url => url.EndsWith("/procedures/birth-registration", StringComparison.Ordinal));
        await citizen.OpenAsync("/procedures/birth-registration", "procedure");
        await Expect(citizen.Page.Locator("h1")).ToHaveTextAsync("Đăng ký khai sinh");
        await Expect(citizen.Test("procedure-documents")).ToContainTextAsync("Giấy chứng sinh");
        await Expect(citizen.Test("procedure-time")).ToContainTextAsync("Trong ngày");
        await citizen.ScreenshotAsync("17-procedure");
    }

    [Fact]
    public async Task Tracking_with_a_wrong_secret_says_nothing_about_the_dossier()
    {
        await using var citizen = await fixture.VisitorAsync();
        await citizen.OpenAsync("/tracking", "tracking (wrong secret)");
        await citizen.Field("track-code").FillAsync("H55.31-000000-0001");
        await citizen.Field("track-secret").FillAsync("WRONGSECRET");
        await citizen.Test("track").ClickAsync();
        await Expect(citizen.Test("track-not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_pages_english_and_back()
    {
        await using var citizen = await fixture.VisitorAsync();
        await citizen.OpenAsync("/procedures", "catalogue (vi)");
        await Expect(citizen.Page.Locator("h1")).ToHaveTextAsync("Thủ tục hành chính");
        await citizen.Test("lang-en").ClickAsync();
        await citizen.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(citizen.Page.Locator("h1")).ToHaveTextAsync("Administrative procedures");
        await Expect(citizen.Test("nav-tracking")).ToContainTextAsync("Track a dossier");
        await citizen.ScreenshotAsync("18-catalogue-english");
        await citizen.Test("lang-vi").ClickAsync();
        await citizen.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(citizen.Page.Locator("h1")).ToHaveTextAsync("Thủ tục hành chính");
    }
}
