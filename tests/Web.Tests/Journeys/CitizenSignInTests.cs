using System.Text;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// A citizen on a phone signs in with their electronic identity (the provider on loopback signs
/// them in at once), submits online with their name and ID number filled in, and finds the dossier
/// under "Hồ sơ của tôi", where it opens without the secret; then signs out.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CitizenSignInTests(WebFixture fixture)
{
    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_citizen_signs_in_submits_with_the_identity_filled_in_and_finds_the_dossier_under_my_dossiers()
    {
        fixture.Identity.Person = new JsonObject
        {
            ["sub"] = "vneid-7788",
            ["name"] = "Trương Thị Thu Hà",
            ["id_number"] = "079186001122",
            ["acr"] = "2",
            ["phone_number"] = "0908123456",
        };
        await using var citizen = await fixture.VisitorAsync("vi-VN", 390, 844);
        await citizen.OpenAsync("/my-dossiers", "citizen: my dossiers", timed: false);
        await citizen.Test("citizen-sign-in").ClickAsync();
        await citizen.Page.WaitForURLAsync(url => url.EndsWith("/my-dossiers", StringComparison.Ordinal));
        await Expect(citizen.Test("citizen-name")).ToHaveTextAsync("Trương Thị Thu Hà");
        await Expect(citizen.Test("citizen-level")).ToContainTextAsync("mức 2");
        await Expect(citizen.Test("my-dossiers-empty")).ToBeVisibleAsync();

        await citizen.OpenAsync("/submit/certified-copy", "citizen: submit signed in", timed: false);
        await Expect(citizen.Field("applicant-name")).ToHaveValueAsync("Trương Thị Thu Hà");
        await Expect(citizen.Field("applicant-id")).ToHaveValueAsync("079186001122");
        await Expect(citizen.Field("applicant-phone")).ToHaveValueAsync("0908123456");
        await citizen.SelectAsync("receiving-unit", "Phường Hòa An");
        await citizen.Field("data-pages").FillAsync("4");
        await citizen.Field("data-copies").FillAsync("2");
        await citizen.UploadAsync("paper-ban-chinh", "ban-chinh.pdf", "application/pdf", ScannedPdf);
        await Expect(citizen.Test("paper-ban-chinh")).ToHaveAttributeAsync("data-uploaded", "true");
        await citizen.ScreenshotAsync("36-citizen-signed-in-submit");
        await citizen.Test("submit").ClickAsync();
        await Expect(citizen.Test("submission-result")).ToBeVisibleAsync();
        var code = (await citizen.Test("dossier-code").InnerTextAsync()).Trim();

        await citizen.OpenAsync("/my-dossiers", "citizen: my dossiers signed in", timed: false);
        await Expect(citizen.Test("my-dossier")).ToHaveCountAsync(1);
        await Expect(citizen.Test("my-dossier-code")).ToHaveTextAsync(code);
        var width = await citizen.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width} px wide on a 390 px phone.");
        await citizen.ScreenshotAsync("37-citizen-my-dossiers");
        await citizen.Test("my-dossier-code").ClickAsync();
        await Expect(citizen.Test("track-result")).ToBeVisibleAsync();
        await Expect(citizen.Test("track-result")).ToContainTextAsync(code);

        await citizen.OpenAsync("/my-dossiers", "citizen: before signing out", timed: false);
        await citizen.Test("citizen-sign-out").ClickAsync();
        await citizen.Page.WaitForURLAsync(url => !url.Contains("/my-dossiers", StringComparison.Ordinal));
        await citizen.OpenAsync("/my-dossiers", "citizen: signed out", timed: false);
        await Expect(citizen.Test("citizen-sign-in")).ToBeVisibleAsync();
        await Expect(citizen.Test("my-dossiers-anonymous")).ToBeVisibleAsync();
    }
}
