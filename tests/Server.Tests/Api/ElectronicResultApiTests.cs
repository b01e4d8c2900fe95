using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Server.Security;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The result journey over HTTP: generated, signed and delivered online at the result step; the
/// citizen's link downloads it without a session for 30 minutes, a made-up or expired link is refused; a desk officer may not
/// revoke, a leader of the issuing unit may, and then neither officers nor citizens get the file,
/// told why; a file changed in storage is refused as altered.
/// </summary>
public sealed class ElectronicResultApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_result_generated_signed_and_delivered_online_is_downloaded_by_link_and_refused_once_revoked_or_altered()
    {
        var citizen = server.CreateClient();
        var filed = await (await citizen.PostJsonAsync("/api/public/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Hà Thị Mỹ Duyên", phone = "0916444555", address = "Ấp 4, xã Tân Phú Mỹ", idNumber = "079190005678" },
            data = new Dictionary<string, object> { ["businessName"] = "Quán cơm Mỹ Duyên", ["members"] = 1 },
            documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
            resultDelivery = "online",
        })).ReadAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var id = (await (await desk.GetAsync($"/api/dossiers?q={Uri.EscapeDataString(filed.Text("code"))}")).ReadAsync()).GetProperty("items")[0].Text("id");
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/desk/dossiers/{id}/accept", new { })).StatusCode);
        var early = await desk.PostJsonAsync($"/api/dossiers/{id}/results", new { resultId = "giay-chung-nhan-hkd" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        foreach (var (account, step, outcome) in new[] { ("motcua.tanphumy", "receive", "transfer"), ("chuyenvien.kt.tanphumy", "review", "approve"), ("truongphong.kt.tanphumy", "approve", "sign") })
        {
            var officer = await server.ClientAsAsync(account);
            var detail = await (await officer.GetAsync($"/api/dossiers/{id}")).ReadAsync();
            var task = detail.GetProperty("openItems").EnumerateArray().Single(i => i.Text("stepId") == step).Text("id");
            Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync($"/api/tasks/{task}/complete", new { outcomeId = outcome })).StatusCode);
        }

        var missing = await desk.PostJsonAsync($"/api/dossiers/{id}/results", new { resultId = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("resultId", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var generated = await desk.PostJsonAsync($"/api/dossiers/{id}/results", new { resultId = "giay-chung-nhan-hkd" });
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var result = (await generated.ReadAsync()).Text("id");
        var signed = await (await desk.PostJsonAsync($"/api/dossiers/{id}/results/{result}/sign", null)).ReadAsync();
        Assert.Equal("valid", signed.Text("standing"));
        Assert.Equal("079190005678", signed.Text("holderId"));
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/dossiers/{id}/results/deliver", null)).StatusCode);

        var link = server.Services.GetRequiredService<ResultDownloadLinks>().For(Guid.Parse(result));
        var downloaded = await server.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Contains("Quán cơm Mỹ Duyên", await downloaded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.CreateClient().GetAsync(link + "x")).StatusCode);
        server.Clock.Advance(ResultDownloadLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await server.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("hết hạn", (await expired.ReadAsync()).Text("detail"), StringComparison.Ordinal);
        link = server.Services.GetRequiredService<ResultDownloadLinks>().For(Guid.Parse(result));

        var deskRevokes = await desk.PostJsonAsync($"/api/dossiers/{id}/results/{result}/revoke", new { reason = "Thử thu hồi" });
        Assert.Equal(HttpStatusCode.Forbidden, deskRevokes.StatusCode);
        var leader = await server.ClientAsAsync("lanhdao.tanphumy");
        var revoked = await (await leader.PostJsonAsync($"/api/dossiers/{id}/results/{result}/revoke", new { reason = "Cấp nhầm tên hộ kinh doanh" })).ReadAsync();
        Assert.Equal("revoked", revoked.Text("standing"));
        var refused = await server.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Cấp nhầm tên hộ kinh doanh", (await refused.ReadAsync()).Text("detail"), StringComparison.Ordinal);

        // The same result with its revocation undone and one byte changed in storage: refused as altered, to officers too.
        await using (var db = server.Database.Create())
        {
            var row = await db.ElectronicResults.SingleAsync(r => r.Id == Guid.Parse(result));
            row.RevokedAt = null;
            row.Content = [.. row.Content.Take(row.Content.Length - 1), (byte)'!'];
            await db.SaveChangesAsync();
        }

        var altered = await desk.GetAsync($"/api/dossiers/{id}/results/{result}/file");
        Assert.Equal(HttpStatusCode.Conflict, altered.StatusCode);
        Assert.Contains("đã bị thay đổi", (await altered.ReadAsync()).Text("detail"), StringComparison.Ordinal);
    }
}
