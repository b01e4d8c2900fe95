using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>Signing in and out, and what the navigation offers each role: nobody sees another role's pages.</summary>
[Collection(WebCollection.Name)]
public sealed class RoleNavigationTests(WebFixture fixture)
{
    [Fact]
    public async Task The_sign_in_page_is_vietnamese_refuses_a_wrong_password_and_sends_strangers_back_from_protected_pages()
    {
        await using var visitor = await fixture.VisitorAsync();
        await visitor.Page.GotoAsync("/inbox");
        await visitor.Page.WaitForURLAsync(url => url.Contains("/signin?returnUrl=%2Finbox", StringComparison.Ordinal));
        await Expect(visitor.Page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await visitor.ScreenshotAsync("01-sign-in");
        await visitor.Page.FillAsync("#userName", DemoAccountNames.Desk);
        await visitor.Page.FillAsync("#password", "not-the-password");
        await visitor.Page.ClickAsync("[data-test=signin-submit]");
        await Expect(visitor.Test("signin-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");

        await visitor.Page.FillAsync("#userName", DemoAccountNames.Desk);
        await visitor.Page.FillAsync("#password", DemoAccountNames.Password);
        await visitor.Page.ClickAsync("[data-test=signin-submit]");
        await visitor.Page.WaitForURLAsync(url => url.EndsWith("/inbox", StringComparison.Ordinal));
        await Expect(visitor.Test("user-name")).ToHaveTextAsync("Nguyễn Thị Lan");
        await Expect(visitor.Page.Locator("h1")).ToHaveTextAsync("Hộp công việc");

        // The officer's pages in English, and back.
        await visitor.Test("lang-en").ClickAsync();
        await Expect(visitor.Page.Locator("h1")).ToHaveTextAsync("Inbox");
        await Expect(visitor.Test("count-overdue")).ToContainTextAsync("Overdue");
        await visitor.Page.Locator("[data-test=interactive]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await visitor.ScreenshotAsync("25-inbox-english");
        await visitor.Test("lang-vi").ClickAsync();
        await Expect(visitor.Page.Locator("h1")).ToHaveTextAsync("Hộp công việc");
        // The switch reloads the page; signing out before its circuit is back would click a page on its way out.
        await visitor.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await visitor.Page.Locator("[data-test=interactive]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        await visitor.Test("sign-out").ClickAsync();
        await visitor.Page.WaitForURLAsync(url => !url.Contains("/inbox", StringComparison.Ordinal));
        await Expect(visitor.Test("user-name")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(DemoAccountNames.Desk, new[] { "nav-inbox", "nav-receive", "nav-returns" }, new[] { "nav-trace", "nav-units", "nav-users", "nav-calendar" })]
    [InlineData(DemoAccountNames.Specialist, new[] { "nav-inbox" }, new[] { "nav-receive", "nav-trace", "nav-units" })]
    [InlineData(DemoAccountNames.Head, new[] { "nav-inbox" }, new[] { "nav-receive", "nav-trace", "nav-users" })]
    [InlineData(DemoAccountNames.Leader, new[] { "nav-inbox" }, new[] { "nav-receive", "nav-trace", "nav-calendar" })]
    [InlineData(DemoAccountNames.Auditor, new[] { "nav-trace" }, new[] { "nav-inbox", "nav-receive", "nav-units" })]
    [InlineData(DemoAccountNames.Administrator, new[] { "nav-units", "nav-users", "nav-calendar" }, new[] { "nav-inbox", "nav-receive", "nav-trace" })]
    [InlineData(DemoAccountNames.Analyst, new string[0], new[] { "nav-inbox", "nav-receive", "nav-trace", "nav-units" })]
    public async Task Each_role_sees_its_own_pages_and_the_public_ones(string userName, string[] shown, string[] hidden)
    {
        await using var person = await fixture.SignedInAsync(userName);
        await person.OpenAsync("/", $"home ({userName})");
        foreach (var item in shown.Append("nav-catalogue").Append("nav-tracking"))
        {
            await Expect(person.Test(item)).ToBeVisibleAsync();
        }

        foreach (var item in hidden)
        {
            await Expect(person.Test(item)).ToHaveCountAsync(0);
        }

        if (userName == DemoAccountNames.Desk)
        {
            await person.ScreenshotAsync("14-home-desk");
        }
    }

    [Fact]
    public async Task An_auditor_opening_an_officers_page_is_told_it_is_for_another_role()
    {
        await using var auditor = await fixture.SignedInAsync(DemoAccountNames.Auditor);
        await auditor.Page.GotoAsync("/desk/receive");
        await Expect(auditor.Page.GetByText("Không có quyền truy cập")).ToBeVisibleAsync();
    }
}
