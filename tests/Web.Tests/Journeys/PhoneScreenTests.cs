using System.Text.Json;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The citizen pages and the inbox on a 390 px phone: the app bar's title, language switch and account
/// button are whole and uncovered, no page is wider than the screen, and a message after an action does
/// not cover the button that was pressed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PhoneScreenTests(WebFixture fixture)
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task Citizen_pages_fit_a_phone_with_the_app_bar_whole()
    {
        await using var citizen = await fixture.VisitorAsync("vi-VN", Width, Height);
        foreach (var (path, shot) in new[]
                 {
                     ("/", "73-phone-home"), ("/procedures", "74-phone-catalogue"), ("/procedures/birth-registration", "75-phone-procedure"),
                     ("/submit", "76-phone-submit"), ("/submit/birth-registration", "77-phone-submit-birth"), ("/tracking", "78-phone-tracking"),
                 })
        {
            await citizen.OpenAsync(path, $"phone: {path}", timed: false);
            await AssertWholeAsync(citizen, path, "[data-test=app-title]", "[data-test=lang-en]", "[data-test=sign-in]");
            await AssertNoOverlapAsync(citizen, path, "[data-test=app-title]", "[data-test=sign-in]");
            await AssertNoOverlapAsync(citizen, path, "[data-test=app-title]", ".language-switch");
            await AssertNoOverlapAsync(citizen, path, ".language-switch", "[data-test=sign-in]");
            await AssertWholeAsync(citizen, path, "h1");
            await AssertFitsTheScreenAsync(citizen, path);
            await citizen.ScreenshotAsync(shot);
        }
    }

    [Fact]
    public async Task The_inbox_fits_a_phone_with_the_app_bar_whole()
    {
        await using var officer = await fixture.VisitorAsync("vi-VN", Width, Height);
        await officer.SignInAsync(DemoAccountNames.Desk, DemoAccountNames.Password);
        await officer.OpenAsync("/inbox", "phone: inbox", timed: false);
        await Expect(officer.Test("inbox-code").First).ToBeVisibleAsync();
        await AssertWholeAsync(officer, "/inbox", "[data-test=app-title]", "[data-test=lang-en]", "[data-test=sign-out]", "h1", "[data-test=inbox-code]");
        await AssertNoOverlapAsync(officer, "/inbox", "[data-test=app-title]", "[data-test=sign-out]");
        await AssertNoOverlapAsync(officer, "/inbox", ".language-switch", "[data-test=sign-out]");
        await AssertFitsTheScreenAsync(officer, "/inbox");
        await officer.ScreenshotAsync("79-phone-inbox");
    }

    [Fact]
    public async Task A_message_after_an_action_does_not_cover_the_buttons_on_a_phone()
    {
        await using var citizen = await fixture.VisitorAsync("vi-VN", Width, Height);
        await citizen.OpenAsync("/feedback", "phone: feedback", timed: false);
        await citizen.Test("about-procedure").ClickAsync();
        await citizen.Field("feedback-subject").FillAsync("Thử trên điện thoại");
        await citizen.Test("feedback-send").ClickAsync();
        var toast = citizen.Page.Locator(".mud-snackbar").First;
        await Expect(toast).ToContainTextAsync("Chọn đơn vị nhận phản ánh.");
        var message = await BoxAsync(citizen.Page, ".mud-snackbar");
        foreach (var button in await citizen.Page.Locator("main button, .mud-main-content button").AllAsync())
        {
            if (await button.IsVisibleAsync() && await button.BoundingBoxAsync() is { } box)
            {
                Assert.False(Overlaps(message, box), $"The message ({Describe(message)}) covers a button \"{(await button.InnerTextAsync()).Trim()}\" ({Describe(box)}).");
            }
        }

        await citizen.ScreenshotAsync("80-phone-message-over-app-bar");
    }

    /// <summary>Each element is inside the window, not cut (its text fits its box) and not covered at its centre by another element.</summary>
    private static async Task AssertWholeAsync(Visitor visitor, string path, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var state = await visitor.Page.EvaluateAsync<JsonElement>(
                """
                selector => {
                    const element = document.querySelector(selector);
                    if (!element) return { found: false };
                    const box = element.getBoundingClientRect();
                    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                    const cut = [element, ...element.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible');
                    return { found: true, left: box.left, right: box.right, top: box.top, bottom: box.bottom,
                             covered: !(hit && (element === hit || element.contains(hit))), cut, width: innerWidth };
                }
                """, selector);
            Assert.True(state.GetProperty("found").GetBoolean(), $"{path}: no {selector} on the page.");
            var where = $"{path}: {selector} at {state.GetProperty("left").GetDouble():0}..{state.GetProperty("right").GetDouble():0} px";
            Assert.True(state.GetProperty("left").GetDouble() >= 0 && state.GetProperty("right").GetDouble() <= state.GetProperty("width").GetDouble(), $"{where} leaves the {Width} px window.");
            Assert.False(state.GetProperty("covered").GetBoolean(), $"{where} is covered by another element.");
            Assert.False(state.GetProperty("cut").GetBoolean(), $"{where} has its text cut off.");
        }
    }

    private static async Task AssertNoOverlapAsync(Visitor visitor, string path, string first, string second)
    {
        var a = await BoxAsync(visitor.Page, first);
        var b = await BoxAsync(visitor.Page, second);
        Assert.False(Overlaps(a, b), $"{path}: {first} ({Describe(a)}) overlaps {second} ({Describe(b)}).");
    }

    private static async Task AssertFitsTheScreenAsync(Visitor visitor, string path)
    {
        var wide = await visitor.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var beyond = await visitor.Page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.children.length === 0)
                .slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent || '').trim().slice(0, 40)}"`).join('; ')
            """);
        Assert.True(wide <= Width, $"{path} is {wide} px wide on a {Width} px screen, the reader must scroll sideways: {beyond}");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not shown.");

    private static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult box) => $"x {box.X:0}..{box.X + box.Width:0}, y {box.Y:0}..{box.Y + box.Height:0}";
}
