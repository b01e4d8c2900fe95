using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// Digitisation at receipt: the desk digitises a paper component as a certified electronic copy from
/// the original (through the desk API), the dossier page shows it and the printed receipt says so. At the Tân Phú Mỹ
/// commune, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DigitisationTests(WebFixture fixture)
{
    private const string Desk = "motcua.tanphumy";

    [Fact]
    public async Task A_paper_component_digitised_and_certified_at_receipt_shows_on_the_dossier_page_and_the_receipt()
    {
        Guid id;
        using (var api = await ApiCaller.SignInAsync(fixture.Server.Address, Desk))
        {
            var received = await api.PostAsync("/api/desk/dossiers", new
            {
                procedureId = "business-household-registration",
                receivingUnitId = "x-tan-phu-my",
                applicant = new { name = "Châu Văn Sang", idNumber = "079088001122", phone = "0917333444", address = "Ấp 4, xã Tân Phú Mỹ" },
                data = new Dictionary<string, object> { ["businessName"] = "Quán cơm Sang", ["members"] = 1 },
                documents = new[] { new { documentId = "giay-de-nghi", originals = 1, certifiedCopies = 0 }, new { documentId = "giay-to-phap-ly", originals = 0, certifiedCopies = 1 } },
                decision = "accept",
            });
            id = received.GetProperty("dossierId").GetGuid();
            using var scans = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7\n%%EOF\n"u8.ToArray()), "files", "cccd-chau-van-sang.pdf" }, { new StringContent("true"), "certify" } };
            var digitised = await api.Client.PostAsync($"/api/desk/dossiers/{id}/components/giay-to-phap-ly/digitise", scans);
            Assert.True(digitised.IsSuccessStatusCode, await digitised.Content.ReadAsStringAsync());
        }

        await using var desk = await fixture.SignedInAsync(Desk);
        await desk.OpenAsync($"/dossiers/{id}", "desk: digitising the papers received");
        await desk.Page.Locator("[data-test=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var component = desk.Page.Locator("[data-test=component][data-document=giay-to-phap-ly]");
        await Expect(component).ToHaveAttributeAsync("data-mark", "certified");
        await Expect(component.Locator("[data-test=component-file]")).ToHaveTextAsync("cccd-chau-van-sang.pdf");
        var other = desk.Page.Locator("[data-test=component][data-document=giay-de-nghi]");
        await Expect(other).ToHaveAttributeAsync("data-mark", "none");
        await Expect(other.Locator("[data-test=component-mark]")).ToContainTextAsync("Chưa số hóa");

        // The other paper is scanned on the page: chosen, then digitised without certifying.
        await other.Locator("[data-test=component-scan-input]").SetInputFilesAsync(new FilePayload { Name = "to-khai-chau-van-sang.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray() });
        await Expect(other.Locator("[data-test=component-chosen]")).ToHaveTextAsync("to-khai-chau-van-sang.pdf");
        await other.GetByLabel("Ký chứng thực bản sao điện tử từ bản chính").UncheckAsync();
        await other.Locator("[data-test=component-digitise]").ClickAsync();
        await Expect(other).ToHaveAttributeAsync("data-mark", "digitised");
        await Expect(other.Locator("[data-test=component-file]")).ToHaveTextAsync("to-khai-chau-van-sang.pdf");
        await desk.ScreenshotAsync("64-component-digitised-at-receipt");

        var receipt = await desk.Page.RunAndWaitForPopupAsync(() => desk.Test("print-receipt").ClickAsync());
        await receipt.WaitForLoadStateAsync(LoadState.Load);
        var printed = await receipt.InnerTextAsync("body");
        Assert.Contains("Đã số hóa, chứng thực bản sao điện tử từ bản chính", printed, StringComparison.Ordinal);
        await receipt.CloseAsync();
    }
}
