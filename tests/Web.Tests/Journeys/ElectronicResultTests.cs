using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The result journey of an online dossier: at the result step the desk generates the result from
/// its template, signs it with the unit's certificate and delivers it online; the citizen downloads
/// it from the tracking page after proving the dossier is theirs with its code and secret, and a
/// phone number alone does not open it. At the Tân Phú Mỹ commune, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ElectronicResultTests(WebFixture fixture)
{
    private const string Applicant = "Đoàn Thị Kim Liên";
    private const string Phone = "0916222333";

    [Fact]
    public async Task The_desk_generates_signs_and_delivers_a_result_online_and_the_citizen_downloads_it_with_the_secret()
    {
        string code, secret;
        using (var citizen = await ApiCaller.SignInAsync(fixture.Server.Address, null))
        {
            var filed = await citizen.PostAsync("/api/public/dossiers", new
            {
                procedureId = "business-household-registration",
                receivingUnitId = "x-tan-phu-my",
                applicant = new { name = Applicant, phone = Phone, address = "Ấp 2, xã Tân Phú Mỹ" },
                data = new Dictionary<string, object> { ["businessName"] = "Tiệm may Kim Liên", ["members"] = 1 },
                documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
                resultDelivery = "online",
            });
            (code, secret) = (filed.GetProperty("code").GetString()!, filed.GetProperty("trackingSecret").GetString()!);
        }

        // The desk accepts it and the economic office approves and signs: the dossier reaches its result step.
        using var deskApi = await ApiCaller.SignInAsync(fixture.Server.Address, "motcua.tanphumy");
        var found = await deskApi.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(code)}");
        var id = found.GetProperty("items")[0].GetProperty("id").GetGuid();
        await deskApi.PostAsync($"/api/desk/dossiers/{id}/accept", new { });
        foreach (var (account, step, outcome) in new[] { ("motcua.tanphumy", "receive", "transfer"), ("chuyenvien.kt.tanphumy", "review", "approve"), ("truongphong.kt.tanphumy", "approve", "sign") })
        {
            using var officer = await ApiCaller.SignInAsync(fixture.Server.Address, account);
            var detail = await officer.GetAsync($"/api/dossiers/{id}");
            var task = detail.GetProperty("openItems").EnumerateArray().Single(i => i.GetProperty("stepId").GetString() == step).GetProperty("id").GetGuid();
            await officer.PostAsync($"/api/tasks/{task}/complete", new { outcomeId = outcome });
        }

        await using (var desk = await fixture.SignedInAsync("motcua.tanphumy"))
        {
            await desk.OpenAsync($"/dossiers/{id}", "desk: dossier at its result step");
            var results = desk.Test("results");
            await Expect(results).ToContainTextAsync("Công dân chọn nhận kết quả: trực tuyến");
            await results.Locator("[data-test=result-generate]").ClickAsync();
            var result = results.Locator("[data-test=result]");
            await Expect(result.Locator("[data-test=result-standing]")).ToHaveAttributeAsync("data-standing", "unsigned");
            await result.Locator("[data-test=result-sign]").ClickAsync();
            await Expect(result.Locator("[data-test=result-standing]")).ToHaveAttributeAsync("data-standing", "valid");
            // Only a head or leader of the issuing unit may revoke, so the desk officer is not offered it.
            await Expect(result.Locator("[data-test=result-revoke]")).ToHaveCountAsync(0);
            await results.Locator("[data-test=result-deliver]").ClickAsync();
            await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "10");
            await Expect(desk.Test("result-delivered")).ToContainTextAsync("trực tuyến");
            await Expect(desk.Page.Locator("[data-test=history]")).ToContainTextAsync("Ký số kết quả");
            await desk.ScreenshotAsync("62-result-signed-and-delivered");
        }

        await using (var leader = await fixture.SignedInAsync("lanhdao.tanphumy"))
        {
            await leader.OpenAsync($"/dossiers/{id}", "leader: the delivered result may be revoked");
            await Expect(leader.Test("result").Locator("[data-test=result-revoke]")).ToBeVisibleAsync();
        }

        await using var visitor = await fixture.VisitorAsync();
        await visitor.OpenAsync("/tracking", "citizen: tracking for the result");
        await visitor.Field("track-code").FillAsync(code);
        await visitor.Field("track-secret").FillAsync(Phone);
        await visitor.Test("track").ClickAsync();
        await Expect(visitor.Test("track-result")).ToBeVisibleAsync();
        await Expect(visitor.Test("track-result-download")).ToHaveCountAsync(0);

        await visitor.OpenAsync($"/tracking?code={Uri.EscapeDataString(code)}", "citizen: tracking with the secret");
        await visitor.Field("track-secret").FillAsync(secret);
        await visitor.Test("track").ClickAsync();
        await Expect(visitor.Test("track-result-sentence")).ToContainTextAsync("chữ ký số hợp lệ");
        var download = await visitor.Page.RunAndWaitForDownloadAsync(() => visitor.Test("track-result-download").ClickAsync());
        var path = await download.PathAsync();
        var html = await File.ReadAllTextAsync(path!, Encoding.UTF8);
        Assert.Contains("Giấy chứng nhận đăng ký hộ kinh doanh", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Applicant, html, StringComparison.Ordinal);
        Assert.Contains("Tiệm may Kim Liên", html, StringComparison.Ordinal);
        await visitor.ScreenshotAsync("63-citizen-downloads-result");

        // The link names one result and works without a session, but a made-up one is refused with a sentence.
        var refused = await visitor.Page.APIRequest.GetAsync("/api/public/results/khong-phai-lien-ket");
        Assert.Equal(404, refused.Status);
        using var problem = JsonDocument.Parse(await refused.TextAsync());
        Assert.Contains("tra cứu lại hồ sơ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
