using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// One business-household registration from the desk to the result, as the people who handle it
/// see it: the desk receives it and prints the receipt, the economic office's specialist and head
/// resolve it, the desk returns the result, the auditor traces it and the citizen tracks it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DossierJourneyTests(WebFixture fixture)
{
    [Fact]
    public async Task A_dossier_goes_from_the_desk_through_the_economic_office_back_to_the_citizen()
    {
        // The desk receives it and prints the receipt with its appointment.
        string code, appointment, secret, dossierUrl;
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/receive", "desk: reception");
            await desk.Test("procedure-business-household-registration").ClickAsync();
            await desk.Field("applicant-name").FillAsync("Trương Thị Ngọc Ánh");
            await desk.Field("applicant-phone").FillAsync("0905123456");
            await desk.Field("applicant-address").FillAsync("12 Lê Lợi, phường Hòa An");
            await desk.Field("data-businessName").FillAsync("Tiệm may Ngọc Ánh");
            await desk.Field("data-members").FillAsync("2");
            await desk.ScreenshotAsync("02-desk-reception");
            await desk.Test("accept").ClickAsync();
            var result = desk.Test("reception-result");
            await Expect(result).ToBeVisibleAsync();
            code = (await desk.Test("dossier-code").InnerTextAsync()).Trim();
            appointment = (await result.Locator("[data-test=appointment]").InnerTextAsync()).Trim();
            secret = (await desk.Test("tracking-secret").InnerTextAsync()).Trim();
            Assert.Matches(CodePattern(), code);
            await desk.ScreenshotAsync("03-desk-received");

            var receipt = await desk.Page.RunAndWaitForPopupAsync(() => desk.Test("print-receipt").ClickAsync());
            await receipt.WaitForLoadStateAsync(LoadState.Load);
            var printed = await receipt.InnerTextAsync("body");
            Assert.Contains(code, printed);
            var (time, day) = SplitInstant(appointment);
            Assert.Contains($"{time[..2]} giờ {time[3..]} phút, ngày {day}", printed);
            await receipt.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "04-receipt-printed.png"), FullPage = true });
            await receipt.CloseAsync();

            await desk.Test("open-dossier").ClickAsync();
            await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
            dossierUrl = new Uri(desk.Page.Url).AbsolutePath;
            await desk.OpenAsync(dossierUrl, "desk: dossier");
            await desk.ScreenshotAsync("05-desk-dossier");
            await desk.Test("outcome-transfer").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        // The economic office's specialist finds it in the inbox, claims it and approves.
        await using (var specialist = await fixture.SignedInAsync(DemoAccountNames.Specialist))
        {
            await specialist.OpenAsync("/inbox", "specialist: inbox");
            await Expect(specialist.Test("count-all").Locator("[data-test=count]")).Not.ToHaveTextAsync("0");
            await specialist.ScreenshotAsync("06-specialist-inbox");
            await specialist.Field("inbox-search").FillAsync("ngoc anh");
            await Expect(specialist.Page.GetByRole(AriaRole.Link, new() { Name = code })).ToBeVisibleAsync();
            await Expect(specialist.Test("inbox-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await specialist.Page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
            await specialist.Page.WaitForURLAsync(url => url.EndsWith(dossierUrl, StringComparison.Ordinal));
            await specialist.Test("claim").ClickAsync();
            await Expect(specialist.Test("release")).ToBeVisibleAsync();
            await specialist.Field("comment").FillAsync("Hồ sơ hợp lệ, đủ điều kiện đăng ký.");
            await specialist.ScreenshotAsync("07-specialist-dossier");
            await specialist.Test("outcome-approve").ClickAsync();
            await Expect(specialist.Test("actions")).ToHaveCountAsync(0);
        }

        // The head of the office signs; the result is ready for the desk.
        await using (var head = await fixture.SignedInAsync(DemoAccountNames.Head))
        {
            await head.OpenAsync(dossierUrl, "head: dossier");
            await Expect(head.Test("head-actions")).ToBeVisibleAsync();
            await head.ScreenshotAsync("08-head-dossier");
            await head.Test("outcome-sign").ClickAsync();
            await Expect(head.Test("status")).ToHaveAttributeAsync("data-status", "9");
        }

        // The desk returns it at the counter.
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/returns", "desk: returns");
            var row = desk.Page.Locator("tr", new() { HasText = code });
            await desk.ScreenshotAsync("09-desk-returns");
            await row.Locator("[data-test=return-desk]").ClickAsync();
            await Expect(row).ToHaveCountAsync(0);
            await desk.OpenAsync(dossierUrl, "desk: returned dossier");
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "10");
        }

        // The auditor traces it: every handoff with its punctuality, the chain intact, the control sheet.
        await using (var auditor = await fixture.SignedInAsync(DemoAccountNames.Auditor))
        {
            await auditor.OpenAsync("/trace", "auditor: search");
            await auditor.Field("dossier-search").FillAsync(code);
            await Expect(auditor.Test("dossier-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await auditor.Test("dossier-link").ClickAsync();
            await auditor.Page.WaitForURLAsync(new Regex("/trace/"));
            var tracePath = new Uri(auditor.Page.Url).AbsolutePath;
            await auditor.OpenAsync(tracePath, "auditor: trace");
            await Expect(auditor.Test("chain")).ToHaveAttributeAsync("data-intact", "true");
            var handoffs = auditor.Test("timeline").Locator("[data-test=handoff]");
            Assert.True(await handoffs.CountAsync() >= 3, "desk → office, specialist → head, office → desk");
            Assert.Equal(await handoffs.CountAsync(), await handoffs.Locator("[data-test=punctuality]").CountAsync());
            await Expect(auditor.Test("timeline")).ToContainTextAsync("Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa An");
            await auditor.ScreenshotAsync("10-auditor-trace");
            var sheet = await auditor.Page.RunAndWaitForPopupAsync(() => auditor.Test("print-control-sheet").ClickAsync());
            await sheet.WaitForLoadStateAsync(LoadState.Load);
            Assert.Contains(code, await sheet.InnerTextAsync("body"));
            await sheet.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "11-control-sheet.png"), FullPage = true });
            await sheet.CloseAsync();
            await auditor.OpenAsync("/trace/handoffs", "auditor: handoffs");
            await Expect(auditor.Test("handoff-table").Locator("tbody tr", new() { HasText = code }).First).ToBeVisibleAsync();
            await auditor.ScreenshotAsync("12-auditor-handoffs");
        }

        // The citizen tracks it with the secret from the receipt.
        await using (var citizen = await fixture.VisitorAsync())
        {
            await citizen.OpenAsync("/tracking", "citizen: tracking");
            await citizen.Field("track-code").FillAsync(code);
            await citizen.Field("track-secret").FillAsync(secret);
            await citizen.Test("track").ClickAsync();
            await Expect(citizen.Test("track-result").Locator("[data-test=status]")).ToHaveAttributeAsync("data-status", "10");
            await Expect(citizen.Test("track-result")).ToContainTextAsync("Đã trả kết quả");
            await citizen.ScreenshotAsync("13-citizen-tracking");
        }
    }

    private static (string Time, string Day) SplitInstant(string shown)
    {
        var parts = shown.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1]);
    }

    [GeneratedRegex(@"^H55\.31-\d{6}-\d{4}$")]
    private static partial Regex CodePattern();
}
