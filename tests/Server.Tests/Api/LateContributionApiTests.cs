using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// An answer to a consultation branch already closed goes through the completion officers use: kept
/// as a late contribution (the dossier unchanged), only from the consulted unit, and only once.
/// </summary>
public sealed class LateContributionApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task The_slower_office_s_answer_after_the_first_one_is_kept_and_nobody_else_can_send_it()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var specialist = await server.ClientAsAsync("chuyenvien.kt.tanphumy");
        var landOfficer = await server.ClientAsAsync("diachinh.tanphumy");
        var otherCommune = await server.ClientAsAsync("diachinh.hoaan");

        var received = await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Trần Văn Hậu", phone = "0912 000 111", address = "Ấp 1, xã Tân Phú Mỹ" },
            data = new { businessName = "Quán cơm Hậu", members = 1 },
            documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 0 } },
            decision = "accept",
        });
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var dossierId = (await received.ReadAsync()).Text("dossierId");
        await CompleteAsync(desk, await TaskIdAsync(desk, dossierId, "receive"), "transfer");
        await CompleteAsync(specialist, await TaskIdAsync(specialist, dossierId, "review"), "verify-location");

        // Both offices are asked to verify the address; the economic office answers first, which is enough.
        var landTask = await TaskIdAsync(landOfficer, dossierId, "verify-land-officer");
        await CompleteAsync(specialist, await TaskIdAsync(specialist, dossierId, "verify-economic-office"), "confirmed");
        var before = await (await desk.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();

        // The land officer's dossier page offers the answer on the closed branch.
        var offered = await (await landOfficer.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();
        Assert.Contains(offered.GetProperty("allowedActions").EnumerateArray(), a => a.Text("action") == "late-answer" && a.Text("workItemId") == landTask);
        Assert.Equal([landTask], offered.GetProperty("closedBranchesToAnswer").EnumerateArray().Select(i => i.Text("id")));

        var stranger = await otherCommune.PostJsonAsync($"/api/tasks/{landTask}/complete", new { outcomeId = "confirmed", comment = "Không phải việc của tôi" });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);

        const string text = "Địa điểm kinh doanh đúng như đăng ký; có lối thoát hiểm.";
        var late = await landOfficer.PostJsonAsync($"/api/tasks/{landTask}/complete", new { outcomeId = "confirmed", comment = text });
        Assert.True(late.StatusCode == HttpStatusCode.OK, await late.Content.ReadAsStringAsync());
        Assert.Equal(before.GetProperty("statusCode").GetInt32(), (await late.ReadAsync()).GetProperty("statusCode").GetInt32());

        var after = await (await desk.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();
        Assert.Equal(["review"], after.GetProperty("openItems").EnumerateArray().Select(i => i.Text("stepId")));
        Assert.Contains(after.GetProperty("history").EnumerateArray(), h => h.Text("command") == "late-contribution" && h.Text("reason") == text);

        var answered = await (await landOfficer.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();
        Assert.DoesNotContain(answered.GetProperty("allowedActions").EnumerateArray(), a => a.Text("action") == "late-answer");

        var again = await landOfficer.PostJsonAsync($"/api/tasks/{landTask}/complete", new { outcomeId = "confirmed", comment = "Gửi lại" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("late-contribution-recorded", (await again.ReadAsync()).Text("code"));
    }

    private static async Task<string> TaskIdAsync(HttpClient officer, string dossierId, string stepId)
    {
        var inbox = await (await officer.GetAsync("/api/tasks/inbox")).ReadAsync();
        return inbox.GetProperty("items").EnumerateArray().Single(i => i.Text("dossierId") == dossierId && i.Text("stepId") == stepId).Text("workItemId");
    }

    private static async Task CompleteAsync(HttpClient officer, string taskId, string outcomeId)
    {
        var completed = await officer.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcomeId });
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
    }
}
