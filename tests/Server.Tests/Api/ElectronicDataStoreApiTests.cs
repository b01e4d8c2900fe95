using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Journal;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// Who sees a holder's electronic data store over HTTP: officers only through a dossier of their
/// units (another commune's officer is refused), the citizen with the code and secret of a dossier
/// the desk accepted (not with a wrong secret, not with an online dossier nobody checked yet), and
/// every reading is journaled on the dossier it went through.
/// </summary>
public sealed class ElectronicDataStoreApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string Holder = "079190007777";

    [Fact]
    public async Task The_store_is_read_only_through_a_dossier_of_the_officers_units_or_with_a_received_dossiers_secret_and_each_reading_is_journaled()
    {
        var citizen = server.CreateClient();
        var filed = await (await citizen.PostJsonAsync("/api/public/dossiers", Submission("Quán cơm Ngọc Hà"))).ReadAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var id = (await (await desk.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(filed.Text("code"))}")).ReadAsync()).GetProperty("items")[0].Text("id");

        // Not yet accepted: an online dossier proves nothing about who filed it.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostJsonAsync("/api/public/store", new { code = filed.Text("code"), secret = filed.Text("trackingSecret") })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/desk/dossiers/{id}/accept", new { })).StatusCode);
        foreach (var (account, step, outcome) in new[] { ("motcua.tanphumy", "receive", "transfer"), ("chuyenvien.kt.tanphumy", "review", "approve"), ("truongphong.kt.tanphumy", "approve", "sign") })
        {
            var officer = await server.ClientAsAsync(account);
            var detail = await (await officer.GetAsync($"/api/dossiers/{id}")).ReadAsync();
            var task = detail.GetProperty("openItems").EnumerateArray().Single(i => i.Text("stepId") == step).Text("id");
            Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync($"/api/tasks/{task}/complete", new { outcomeId = outcome })).StatusCode);
        }

        var result = (await (await desk.PostJsonAsync($"/api/dossiers/{id}/results", new { resultId = "giay-chung-nhan-hkd" })).ReadAsync()).Text("id");
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/dossiers/{id}/results/{result}/sign", null)).StatusCode);

        var own = await (await desk.GetAsync($"/api/dossiers/{id}/store")).ReadAsync();
        Assert.Equal(Holder, own.Text("holderId"));
        var entry = own.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal((result, "business-household-registration/giay-chung-nhan-hkd", "valid", filed.Text("code")),
            (entry.Text("id"), entry.Text("type"), entry.Text("standing"), entry.Text("sourceDossierCode")));

        var otherCommune = await server.ClientAsAsync("motcua.hoaan");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCommune.GetAsync($"/api/dossiers/{id}/store")).StatusCode);

        var wrong = await citizen.PostJsonAsync("/api/public/store", new { code = filed.Text("code"), secret = "sai-ma-tra-cuu" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var missing = await citizen.PostJsonAsync("/api/public/store", new { code = filed.Text("code") });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("secret", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mine = await (await citizen.PostJsonAsync("/api/public/store", new { code = filed.Text("code"), secret = filed.Text("trackingSecret") })).ReadAsync();
        Assert.Equal(result, mine.GetProperty("entries").EnumerateArray().Single().Text("id"));

        // Another holder's dossier shows an empty store, never this one's documents.
        var stranger = await (await citizen.PostJsonAsync("/api/public/dossiers", Submission("Tiệm may Lan", "079190008888"))).ReadAsync();
        var strangerId = (await (await desk.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(stranger.Text("code"))}")).ReadAsync()).GetProperty("items")[0].Text("id");
        Assert.Empty((await (await desk.GetAsync($"/api/dossiers/{strangerId}/store")).ReadAsync()).GetProperty("entries").EnumerateArray());

        await using var db = server.Database.Create();
        var readings = await db.Journal.Where(j => j.DossierId == Guid.Parse(id) && j.Command == JournalKinds.StoreViewed).OrderBy(j => j.Sequence).ToListAsync();
        Assert.Equal(2, readings.Count);
        Assert.Contains("\"via\":\"officer\"", readings[0].DetailJson!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"via\":\"tracking\"", readings[1].DetailJson!, StringComparison.OrdinalIgnoreCase);
    }

    private static object Submission(string businessName, string idNumber = Holder) => new
    {
        procedureId = "business-household-registration",
        receivingUnitId = "x-tan-phu-my",
        applicant = new { name = "Trần Ngọc Hà", phone = "0916444777", address = "Ấp 2, xã Tân Phú Mỹ", idNumber },
        data = new Dictionary<string, object> { ["businessName"] = businessName, ["members"] = 1 },
        documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
        resultDelivery = "online",
    };
}
