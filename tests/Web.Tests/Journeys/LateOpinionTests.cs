using System.Text.RegularExpressions;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// A consultation whose first answer is enough: the slower office still sends its opinion from the
/// dossier page, it is kept as a late contribution, and the auditor sees it on the trace.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LateOpinionTests(WebFixture fixture)
{
    [Fact]
    public async Task The_land_officer_answers_after_the_economic_office_and_the_trace_shows_the_late_opinion()
    {
        string dossierPath;
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/receive", "desk: reception");
            await desk.Test("procedure-business-household-registration").ClickAsync();
            await desk.Field("applicant-name").FillAsync("Đặng Văn Lộc");
            await desk.Field("applicant-phone").FillAsync("0905111222");
            await desk.Field("applicant-address").FillAsync("8 Trần Phú, phường Hòa An");
            await desk.Field("data-businessName").FillAsync("Quán nước Lộc");
            await desk.Field("data-members").FillAsync("1");
            await desk.Test("accept").ClickAsync();
            await Expect(desk.Test("reception-result")).ToBeVisibleAsync();
            await desk.Test("open-dossier").ClickAsync();
            await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
            dossierPath = new Uri(desk.Page.Url).AbsolutePath;
            await desk.OpenAsync(dossierPath, "desk: dossier");
            await desk.Test("outcome-transfer").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        // The economic office asks itself and the ward's land officer to verify the address; its own answer is enough.
        await using (var specialist = await fixture.SignedInAsync(DemoAccountNames.Specialist))
        {
            await specialist.OpenAsync(dossierPath, "specialist: dossier");
            await specialist.Test("outcome-verify-location").ClickAsync();
            await Expect(specialist.Test("outcome-confirmed")).ToBeVisibleAsync();
            await specialist.Test("outcome-confirmed").ClickAsync();
            await Expect(specialist.Test("outcome-verify-location")).ToBeVisibleAsync();
        }

        const string opinion = "Địa điểm đúng như đăng ký, không lấn chiếm vỉa hè.";
        await using (var landOfficer = await fixture.SignedInAsync(DemoAccountNames.LandOfficer))
        {
            await landOfficer.OpenAsync(dossierPath, "land officer: closed branch");
            await Expect(landOfficer.Test("late-answer-card")).ToBeVisibleAsync();
            await landOfficer.ScreenshotAsync("27-land-officer-late-opinion");
            await landOfficer.Field("late-answer-comment").FillAsync(opinion);
            await landOfficer.Test("late-answer-confirmed").ClickAsync();
            await Expect(landOfficer.Test("late-answer-card")).ToHaveCountAsync(0);
            await Expect(landOfficer.Test("history")).ToContainTextAsync(opinion);
            await Expect(landOfficer.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        await using (var auditor = await fixture.SignedInAsync(DemoAccountNames.Auditor))
        {
            await auditor.OpenAsync(dossierPath.Replace("/dossiers/", "/trace/", StringComparison.Ordinal), "auditor: trace with a late opinion");
            var late = auditor.Test("timeline").Locator("[data-command=late-contribution]");
            await Expect(late).ToContainTextAsync(opinion);
            await Expect(late.Locator("[data-test=late-contribution]")).ToBeVisibleAsync();
            await Expect(late.Locator("[data-test=punctuality]")).ToBeVisibleAsync();
            await auditor.ScreenshotAsync("28-auditor-trace-late-opinion");
        }
    }
}
