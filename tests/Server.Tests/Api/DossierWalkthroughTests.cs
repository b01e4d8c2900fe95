using System.Net;
using System.Text.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>A dossier walked through the API by the people who handle it, and followed by the citizen.</summary>
public sealed class DossierWalkthroughTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_business_household_registration_goes_from_the_desk_through_the_economic_office_to_the_result()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var specialist = await server.ClientAsAsync("chuyenvien.kt.tanphumy");
        var head = await server.ClientAsAsync("truongphong.kt.tanphumy");
        var citizen = await server.ClientAsAsync(null);

        var received = await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn Bình", phone = "0912 345 678", address = "Ấp 3, xã Tân Phú Mỹ" },
            data = new { businessName = "Tạp hóa Bình An", members = 2 },
            documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 0 } },
            decision = "accept",
        });
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var receipt = await received.ReadAsync();
        var dossierId = receipt.Text("dossierId");
        var code = receipt.Text("code");
        var secret = receipt.Text("trackingSecret");
        Assert.Matches(@"^H55\.32-260302-\d{4}$", code);
        Assert.Equal(2, receipt.GetProperty("statusCode").GetInt32());
        Assert.Equal("Được tiếp nhận", receipt.Text("statusName"));

        var dueSoon = await (await desk.GetAsync("/api/tasks/inbox?due=due-soon")).ReadAsync();
        Assert.Contains(dueSoon.GetProperty("items").EnumerateArray(), i => i.Text("dossierId") == dossierId && i.Text("dueStatus") == "due-soon");
        var overdue = await (await desk.GetAsync("/api/tasks/inbox?due=overdue")).ReadAsync();
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), i => i.Text("dossierId") == dossierId);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.GetAsync("/api/tasks/inbox?due=someday")).StatusCode);

        await CompleteOnlyTaskAsync(desk, dossierId, "receive", "transfer", claimFirst: true);
        Assert.Equal(4, await StatusAsync(desk, dossierId));

        var comment = "Hồ sơ hợp lệ, đủ điều kiện cấp giấy chứng nhận (ghi chú nội bộ).";
        await CompleteOnlyTaskAsync(specialist, dossierId, "review", "approve", comment: comment);

        var detail = await (await head.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();
        var approve = detail.GetProperty("openItems").EnumerateArray().Single();
        Assert.Equal("approve", approve.Text("stepId"));
        Assert.Contains(detail.GetProperty("allowedActions").EnumerateArray(), a => a.Text("action") == "complete" && a.Text("workItemId") == approve.Text("id"));
        await CompleteOnlyTaskAsync(head, dossierId, "approve", "sign");
        Assert.Equal(9, await StatusAsync(desk, dossierId));

        var tracked = await citizen.PostJsonAsync("/api/public/tracking", new { code, secret });
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Equal(9, (await tracked.ReadAsync()).GetProperty("statusCode").GetInt32());

        var wrongSecret = await citizen.PostJsonAsync("/api/public/tracking", new { code, secret = "WRONG123" });
        var unknownCode = await citizen.PostJsonAsync("/api/public/tracking", new { code = "H55.32-260302-9999", secret });
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCode.StatusCode);
        // A wrong secret must not reveal that the code exists: both answers say the same.
        Assert.Equal((await unknownCode.ReadAsync()).Text("detail"), (await wrongSecret.ReadAsync()).Text("detail"));

        var returned = await desk.PostJsonAsync($"/api/desk/dossiers/{dossierId}/return-result", new { });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(10, (await returned.ReadAsync()).GetProperty("statusCode").GetInt32());

        var byPhone = await citizen.PostJsonAsync("/api/public/tracking", new { code = code.ToLowerInvariant(), phone = "+84 912 345 678" });
        Assert.Equal(HttpStatusCode.OK, byPhone.StatusCode);
        var raw = await byPhone.Content.ReadAsStringAsync();
        var final = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(10, final.GetProperty("statusCode").GetInt32());
        Assert.Equal("Đã trả kết quả", final.Text("statusName"));
        var kinds = final.GetProperty("milestones").EnumerateArray().Select(m => m.Text("kind")).ToList();
        Assert.Equal("receive-at-desk", kinds[0]);
        Assert.Contains("accept", kinds);
        Assert.Equal("end", kinds[^1]);
        Assert.DoesNotContain("ghi chú nội bộ", raw);
        Assert.DoesNotContain("Ngô Thị", raw);

        var auditor = await server.ClientAsAsync("kiemtra");
        // The desk finished its half-day step the same morning: on time, not early (early means before the due day).
        var onTime = await (await auditor.GetAsync("/api/audit/handoffs?toUnit=x-tan-phu-my-kt&punctuality=on-time")).ReadAsync();
        Assert.Contains(onTime.GetProperty("items").EnumerateArray(), h => h.Text("dossierCode") == code && h.Text("fromUnitId") == "x-tan-phu-my");
        var late = await (await auditor.GetAsync("/api/audit/handoffs?punctuality=late")).ReadAsync();
        Assert.DoesNotContain(late.GetProperty("items").EnumerateArray(), h => h.Text("dossierCode") == code);

        var metrics = await (await server.ClientAsAsync(null)).GetStringAsync("/metrics");
        Assert.Contains("workflow_dossiers_received", metrics);
    }

    [Fact]
    public async Task A_citizen_submits_online_and_the_desk_accepts_it_from_its_inbox()
    {
        var citizen = await server.ClientAsAsync(null);
        var submitted = await citizen.PostJsonAsync("/api/public/dossiers", new
        {
            procedureId = "birth-registration",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Trần Thị Hoa", phone = "0987654321" },
            data = new { childName = "Lê Minh Khang", birthDate = "2026-02-20" },
            documents = new[] { new { documentId = "to-khai", originals = 1 }, new { documentId = "giay-chung-sinh", originals = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var receipt = await submitted.ReadAsync();
        Assert.Equal(1, receipt.GetProperty("statusCode").GetInt32());

        var desk = await server.ClientAsAsync("motcua.hoaan");
        var inbox = await (await desk.GetAsync($"/api/tasks/inbox?q={receipt.Text("code")}")).ReadAsync();
        var check = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("intake-check", check.Text("kind"));
        var accepted = await desk.PostJsonAsync($"/api/desk/dossiers/{check.Text("dossierId")}/accept", new { expectedVersion = check.GetProperty("dossierVersion").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, (await accepted.ReadAsync()).GetProperty("statusCode").GetInt32());

        var tracked = await (await citizen.PostJsonAsync("/api/public/tracking", new { code = receipt.Text("code"), secret = receipt.Text("trackingSecret").ToLowerInvariant() })).ReadAsync();
        Assert.Equal(["submit-online", "accept"], tracked.GetProperty("milestones").EnumerateArray().Select(m => m.Text("kind")).Take(2));
        Assert.NotEqual(JsonValueKind.Null, tracked.GetProperty("appointmentAt").ValueKind);
    }

    [Fact]
    public async Task The_catalogue_lists_procedures_in_force_with_their_documents_fees_and_time()
    {
        var anonymous = await server.ClientAsAsync(null);
        var list = await (await anonymous.GetAsync("/api/public/procedures")).ReadAsync();
        var birth = list.GetProperty("items").EnumerateArray().Single(p => p.Text("id") == "birth-registration");
        Assert.Equal("1.001193", birth.Text("code"));
        Assert.Equal("full", birth.Text("onlineMode"));
        Assert.Contains("online", birth.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEmpty(birth.GetProperty("documents").EnumerateArray());

        var english = await server.ClientAsAsync(null, "en");
        var detail = await (await english.GetAsync("/api/public/procedures/business-household-registration")).ReadAsync();
        Assert.Equal(2, detail.GetProperty("version").GetInt32());
        Assert.Equal("3 working days", detail.GetProperty("statutoryTime").Text("text"));
        Assert.Contains(detail.GetProperty("receivingUnits").EnumerateArray(), u => u.Text("id") == "x-tan-phu-my");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/procedures/no-such-procedure")).StatusCode);
    }

    private static async Task CompleteOnlyTaskAsync(HttpClient officer, string dossierId, string stepId, string outcomeId, bool claimFirst = false, string? comment = null)
    {
        var inbox = await (await officer.GetAsync("/api/tasks/inbox")).ReadAsync();
        var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.Text("dossierId") == dossierId && i.Text("stepId") == stepId);
        var taskId = task.Text("workItemId");
        var version = task.GetProperty("dossierVersion").GetInt64();
        if (claimFirst)
        {
            var claimed = await officer.PostJsonAsync($"/api/tasks/{taskId}/claim", new { expectedVersion = version });
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
            version = (await claimed.ReadAsync()).GetProperty("version").GetInt64();
        }

        var completed = await officer.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcomeId, comment, expectedVersion = version });
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
    }

    private static async Task<int> StatusAsync(HttpClient officer, string dossierId) =>
        (await (await officer.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync()).GetProperty("statusCode").GetInt32();
}
