using Microsoft.Playwright;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The citizen's electronic data store on the public pages: a result issued and signed to them shows
/// on "my data store" once they prove who they are with the code and secret of a dossier the desk
/// accepted, with its source dossier and its standing; a wrong secret shows nothing. At the Tân Phú
/// Mỹ commune, so the Hòa An journeys keep their counts.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ElectronicDataStoreTests(WebFixture fixture)
{
    [Fact]
    public async Task The_citizen_sees_a_signed_result_in_their_data_store_after_proving_a_received_dossier()
    {
        string code, secret;
        using (var citizen = await ApiCaller.SignInAsync(fixture.Server.Address, null))
        {
            var filed = await citizen.PostAsync("/api/public/dossiers", new
            {
                procedureId = "business-household-registration",
                receivingUnitId = "x-tan-phu-my",
                applicant = new { name = "Võ Thị Thanh Tâm", phone = "0916777888", address = "Ấp 3, xã Tân Phú Mỹ", idNumber = "079190009999" },
                data = new Dictionary<string, object> { ["businessName"] = "Tạp hóa Thanh Tâm", ["members"] = 1 },
                documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
                resultDelivery = "online",
            });
            (code, secret) = (filed.GetProperty("code").GetString()!, filed.GetProperty("trackingSecret").GetString()!);
        }

        using (var desk = await ApiCaller.SignInAsync(fixture.Server.Address, "motcua.tanphumy"))
        {
            var id = (await desk.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(code)}")).GetProperty("items")[0].GetProperty("id").GetGuid();
            await desk.PostAsync($"/api/desk/dossiers/{id}/accept", new { });
            foreach (var (account, step, outcome) in new[] { ("motcua.tanphumy", "receive", "transfer"), ("chuyenvien.kt.tanphumy", "review", "approve"), ("truongphong.kt.tanphumy", "approve", "sign") })
            {
                using var officer = await ApiCaller.SignInAsync(fixture.Server.Address, account);
                var detail = await officer.GetAsync($"/api/dossiers/{id}");
                var task = detail.GetProperty("openItems").EnumerateArray().Single(i => i.GetProperty("stepId").GetString() == step).GetProperty("id").GetGuid();
                await officer.PostAsync($"/api/tasks/{task}/complete", new { outcomeId = outcome });
            }

            var result = (await desk.PostAsync($"/api/dossiers/{id}/results", new { resultId = "giay-chung-nhan-hkd" })).GetProperty("id").GetGuid();
            await desk.PostAsync($"/api/dossiers/{id}/results/{result}/sign", new { });
        }

        await using var visitor = await fixture.VisitorAsync();
        await visitor.OpenAsync("/my-store", "citizen: the data store asks for proof");
        await visitor.Field("store-code").FillAsync(code);
        await visitor.Field("store-secret").FillAsync("sai-ma-tra-cuu");
        await visitor.Test("store-show").ClickAsync();
        await Expect(visitor.Test("store-not-proven")).ToBeVisibleAsync();
        await Expect(visitor.Test("store-entry")).ToHaveCountAsync(0);

        await visitor.Field("store-secret").FillAsync(secret);
        await visitor.Test("store-show").ClickAsync();
        var entry = visitor.Test("store-entry");
        await Expect(entry).ToContainTextAsync("Giấy chứng nhận đăng ký hộ kinh doanh");
        await Expect(entry.Locator("[data-test=store-entry-dossier]")).ToHaveTextAsync(code);
        await Expect(entry.Locator("[data-test=result-standing]")).ToHaveAttributeAsync("data-standing", "valid");
        await visitor.ScreenshotAsync("64-citizen-data-store");
    }
}
