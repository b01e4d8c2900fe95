using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>The desk's other work (an online filing checked and accepted, a supplement received) and a leader's extension (no apology while the dossier is on time).</summary>
[Collection(WebCollection.Name)]
public sealed class DeskAndHeadTests(WebFixture fixture)
{
    [Fact]
    public async Task The_desk_checks_an_online_filing_and_accepts_it()
    {
        await using var desk = await fixture.SignedInAsync(DemoAccountNames.Desk);
        await desk.OpenAsync("/desk/precheck", "desk: filings to check");
        var row = desk.Page.Locator("tr", new() { HasText = DemoDossiers.OnlineApplicant });
        await Expect(row).ToHaveCountAsync(1);
        await desk.ScreenshotAsync("22-desk-precheck");
        await row.Locator("a").First.ClickAsync();
        await desk.Page.WaitForURLAsync(url => url.Contains("/dossiers/", StringComparison.Ordinal));
        await desk.Page.Locator("[data-test=interactive]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await Expect(desk.Test("intake-actions")).ToBeVisibleAsync();
        await desk.Test("accept").ClickAsync();
        await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "2");
        await Expect(desk.Test("print-receipt")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_supplement_requested_by_the_civil_status_officer_is_recorded_at_the_desk()
    {
        string dossierPath;
        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            dossierPath = await FindAsync(desk, DemoDossiers.BirthApplicant);
            await desk.Test("outcome-transfer").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }

        await using (var officer = await fixture.SignedInAsync(DemoAccountNames.CivilStatus))
        {
            await officer.OpenAsync(dossierPath, "civil-status officer: dossier");
            await officer.Test("outcome-supplement").ClickAsync();
            await Expect(officer.Page.GetByText("Ghi rõ lý do").First).ToBeVisibleAsync();
            await officer.Field("comment").FillAsync("Bổ sung bản sao giấy đăng ký kết hôn của cha mẹ.");
            await officer.Test("outcome-supplement").ClickAsync();
            await Expect(officer.Test("status")).ToHaveAttributeAsync("data-status", "5");
        }

        await using (var desk = await fixture.SignedInAsync(DemoAccountNames.Desk))
        {
            await desk.OpenAsync("/desk/citizen-waits", "desk: citizen waits");
            await Expect(desk.Page.Locator("tr", new() { HasText = DemoDossiers.BirthApplicant })).ToHaveCountAsync(1);
            await desk.ScreenshotAsync("23-desk-citizen-waits");
            await desk.OpenAsync(dossierPath, "desk: dossier waiting");
            await Expect(desk.Test("print-supplement-request")).ToBeVisibleAsync();
            await desk.Field("supplement-note").FillAsync("Bản sao giấy đăng ký kết hôn");
            await desk.Test("supplement-received").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "4");
        }
    }

    [Fact]
    public async Task The_commune_leader_extends_a_dossier_and_is_offered_no_apology_while_it_is_on_time()
    {
        await using var leader = await fixture.SignedInAsync(DemoAccountNames.Leader);
        await FindAsync(leader, DemoDossiers.BusinessApplicant);
        await Expect(leader.Test("head-actions")).ToBeVisibleAsync();

        // Received today, the dossier is days from its due: an apology is offered only when it is late or about to be.
        await Expect(leader.Test("tab-apologise")).ToHaveCountAsync(0);
        await leader.Test("tab-extend").ClickAsync();
        await leader.Field("extend-reason").FillAsync("Cần xác minh thêm địa điểm kinh doanh.");
        await leader.Test("extend").ClickAsync();
        await Expect(leader.Test("history")).ToContainTextAsync("Gia hạn");
        await Expect(leader.Test("tab-apologise")).ToHaveCountAsync(0);
        await leader.ScreenshotAsync("24-leader-extended");
    }

    /// <summary>Finds a dossier by its applicant on the search page and opens it; returns its path.</summary>
    private static async Task<string> FindAsync(Visitor officer, string applicant)
    {
        await officer.OpenAsync("/dossiers", "officer: find a dossier");
        await officer.Field("dossier-search").FillAsync(applicant);
        await Expect(officer.Test("dossier-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await officer.Test("dossier-link").ClickAsync();
        await officer.Page.WaitForURLAsync(url => url.Contains("/dossiers/", StringComparison.Ordinal));
        var path = new Uri(officer.Page.Url).AbsolutePath;
        await officer.OpenAsync(path, "officer: dossier");
        return path;
    }
}
