using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The administrator's national portal page against a real receiver on loopback: messages the portal
/// refused are listed with its answer, and one resent after the portal is back is listed as sent.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PortalPageTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_sees_what_the_portal_refused_with_its_answer_and_resends_it()
    {
        await using var admin = await fixture.SignedInAsync(DemoAccountNames.Administrator);
        await admin.OpenAsync("/admin/portal", "admin: national portal");
        var messages = admin.Test("portal-messages");
        var failed = messages.Locator("tbody tr").Filter(new() { HasText = WebFixture.PortalMaintenance });

        // The connector's first passes run every two seconds; reopen the failed list until they have.
        for (var attempt = 0; attempt < 30 && await failed.CountAsync() == 0; attempt++)
        {
            await Task.Delay(1_000);
            await admin.Test("portal-status").GetByText("Lỗi").ClickAsync();
        }

        await Expect(failed.First).ToContainTextAsync($"HTTP 500 Internal Server Error: {WebFixture.PortalMaintenance}");
        await Expect(failed.First).ToContainTextAsync("Trạng thái");
        var key = (await failed.First.Locator("code").InnerTextAsync()).Trim();
        await admin.ScreenshotAsync("40-admin-portal-failed");

        fixture.Portal.Failing = null;
        await failed.First.Locator("[data-test='portal-resend']").ClickAsync();
        await Expect(admin.Page.GetByText($"Tin {key} sẽ được gửi lại")).ToBeVisibleAsync();

        var sent = messages.Locator("tbody tr").Filter(new() { HasText = key });
        for (var attempt = 0; attempt < 30 && await sent.CountAsync() == 0; attempt++)
        {
            await Task.Delay(1_000);
            await admin.Test("portal-status").GetByText("Đã gửi").ClickAsync();
        }

        await Expect(sent).ToHaveCountAsync(1);
        Assert.Contains(fixture.Portal.Taken, r => r.Key == key);
    }
}
