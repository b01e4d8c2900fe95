using System.Text;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// Dates on a Vietnamese page are typed day first (dd/MM/yyyy) even in a browser set to American
/// English, whose own date inputs would read 05/11/2026 as the 11th of May: the date kept is the one typed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DateEntryTests(WebFixture fixture)
{
    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_birth_date_typed_as_dd_MM_yyyy_in_an_english_browser_is_the_date_saved()
    {
        string code;
        await using (var citizen = await fixture.VisitorAsync("en-US", 1440, 900))
        {
            await citizen.OpenAsync("/submit/birth-registration", "submit (English browser)", timed: false);
            await Expect(citizen.Page.Locator("h1")).ToContainTextAsync("Nộp hồ sơ trực tuyến");
            var birthDate = citizen.Field("data-birthDate");
            await Expect(birthDate).ToHaveAttributeAsync("placeholder", "dd/mm/yyyy");
            // The calendar button is named in the page's language, not MudBlazor's "Open".
            await Expect(citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Chọn ngày trên lịch" }).First).ToBeVisibleAsync();
            await Expect(citizen.Page.GetByRole(AriaRole.Button, new() { Name = "Open", Exact = true })).ToHaveCountAsync(0);
            await citizen.SelectAsync("receiving-unit", "Phường Hòa An");
            await citizen.Field("applicant-name").FillAsync("Đỗ Thị Ngọc Hân");
            await citizen.Field("applicant-phone").FillAsync("0935111222");
            await citizen.Field("data-childName").FillAsync("Đỗ Minh Khang");
            await birthDate.FillAsync("05/11/2026");
            await birthDate.PressAsync("Tab");
            await Expect(birthDate).ToHaveValueAsync("05/11/2026");
            foreach (var paper in new[] { "to-khai", "giay-chung-sinh" })
            {
                await citizen.UploadAsync($"paper-{paper}", $"{paper}.pdf", "application/pdf", ScannedPdf);
                await Expect(citizen.Test($"paper-{paper}")).ToHaveAttributeAsync("data-uploaded", "true");
            }

            await citizen.ScreenshotAsync("81-date-typed-english-browser");
            await citizen.Test("submit").ClickAsync();
            await Expect(citizen.Test("submission-result")).ToBeVisibleAsync();
            code = (await citizen.Test("dossier-code").InnerTextAsync()).Trim();
        }

        // The civil-status officer's copy of the dossier holds the 5th of November, not the 11th of May.
        using var officer = await ApiCaller.SignInAsync(fixture.Server.Address, DemoAccountNames.CivilStatus);
        var found = await officer.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(code)}");
        var id = found.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString();
        var detail = await officer.GetAsync($"/api/dossiers/{id}");
        Assert.Equal("2026-11-05", detail.GetProperty("data").GetProperty("birthDate").GetString());

        // The officer's page shows it day first too.
        await using var page = await fixture.SignedInAsync(DemoAccountNames.CivilStatus);
        await page.OpenAsync($"/dossiers/{id}", "dossier (typed date)", timed: false);
        await Expect(page.Page.Locator("body")).ToContainTextAsync("05/11/2026");
    }
}
