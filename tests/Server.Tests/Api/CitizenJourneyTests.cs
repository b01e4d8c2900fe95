using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Notifications;
using Workflow.Server.Payments;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// A citizen's whole journey online: upload, submission, the desk's pre-check, processing across
/// agencies, payment through the gateway, return by post, rating — and the emails the real SMTP
/// server received on the way. Feedback answered before and after its deadline.
/// </summary>
public sealed class CitizenJourneyTests(CitizenServerFactory server) : IClassFixture<CitizenServerFactory>
{
    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<string> UploadAsync(HttpClient client, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        var response = await client.PostAsync("/api/public/uploads", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync()).Text("id");
    }

    private async Task CompleteAsync(string dossierId, string user, string outcome)
    {
        var client = await server.ClientAsAsync(user);
        var detail = await (await client.GetAsync($"/api/dossiers/{dossierId}")).ReadAsync();
        var task = detail.GetProperty("openItems").EnumerateArray().First(i => i.Text("kind") == "task").Text("id");
        var response = await client.PostJsonAsync($"/api/tasks/{task}/complete", new { outcomeId = outcome });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_online_dossier_goes_from_upload_to_postal_return_and_rating_with_emails_on_the_way()
    {
        var citizen = await server.ClientAsAsync(null);
        var refused = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("xin chào")), "file", "ghi-chu.txt" } };
        var wrongType = await citizen.PostAsync("/api/public/uploads", refused);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("PDF", (await wrongType.ReadAsync()).Text("detail"));
        var tooLarge = new MultipartFormDataContent { { new ByteArrayContent([.. ScannedPdf, .. new byte[1_100_000]]), "file", "ban-scan.pdf" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsync("/api/public/uploads", tooLarge)).StatusCode);
        var upload = await UploadAsync(citizen, ScannedPdf, "don-dang-ky.pdf");

        var submitted = await (await citizen.PostJsonAsync("/api/public/dossiers", new
        {
            procedureId = "land-first-certificate",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Lương Thị Hồng", phone = "0987111222", email = "hong@example.vn", address = "Ấp Tân Phú, xã Tân Phú Mỹ" },
            data = new { parcel = "Thửa 88, tờ 4", area = 102.4 },
            attachments = new[] { new { uploadId = upload, documentId = "don-dang-ky" } },
            resultDelivery = "post",
        })).ReadAsync();
        var code = submitted.Text("code");
        var secret = submitted.Text("trackingSecret");
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var found = await (await desk.GetAsync($"/api/dossiers?q={code}")).ReadAsync();
        var id = found.GetProperty("items").EnumerateArray().Single().Text("id");
        var file = await desk.GetAsync($"/api/dossiers/{id}/uploads/{upload}");
        Assert.Equal(ScannedPdf, await file.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/desk/dossiers/{id}/accept", new { })).StatusCode);
        await CompleteAsync(id, "motcua.tanphumy", "transfer");
        await CompleteAsync(id, "chuyenvien.cnvpdk", "approve");
        await CompleteAsync(id, "giamdoc.cnvpdk", "send");
        await CompleteAsync(id, "thue.hoaan", "notify");

        var payment = await (await citizen.PostJsonAsync("/api/public/payments", new { code, secret, amount = 1_250_000, returnUrl = "https://dichvucong.example.vn/ho-so" })).ReadAsync();
        var reference = payment.Text("reference");
        var forged = await citizen.PostJsonAsync("/api/payments/gateway/callback", new { reference, succeeded = true, signature = "00" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var confirmed = await citizen.PostJsonAsync("/api/payments/gateway/callback", new { reference, succeeded = true, signature = CallbackSignature.Compute(CitizenServerFactory.GatewaySecret, reference, true) });
        Assert.Equal(4, (await confirmed.ReadAsync()).GetProperty("statusCode").GetInt32());

        await CompleteAsync(id, "chuyenvien.cnvpdk", "submit");
        await CompleteAsync(id, "giamdoc.cnvpdk", "submit");
        await CompleteAsync(id, "giamdoc.vpdk", "sign");
        var handedOver = server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var returned = await desk.PostJsonAsync($"/api/desk/dossiers/{id}/return-by-post", new { waybill = "EE987654321VN", handedOverAt = handedOver });
        Assert.Equal(10, (await returned.ReadAsync()).GetProperty("statusCode").GetInt32());

        var rated = await citizen.PostJsonAsync("/api/public/rating", new { code, secret, level = "very-satisfied" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var day = server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");
        var register = await (await desk.GetAsync($"/api/desk/postal-register?unitId=x-tan-phu-my&day={day}")).ReadAsync();
        Assert.Contains(register.GetProperty("sent").EnumerateArray(), line => line.Text("waybill") == "EE987654321VN");

        await server.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync();
        var mails = server.Smtp.WaitForMessages(3, TimeSpan.FromSeconds(10)).Where(m => m.To.Mailboxes.Any(a => a.Address == "hong@example.vn")).ToList();
        Assert.Contains(mails, m => (m.Subject ?? "").Contains("Hồ sơ đã được tiếp nhận") && (m.Subject ?? "").Contains(code));
        Assert.Contains(mails, m => (m.Subject ?? "").Contains("Đã trả kết quả"));
        Assert.Contains(mails, m => (m.TextBody ?? "").Contains("Kính gửi Lương Thị Hồng"));
    }

    [Fact]
    public async Task Feedback_is_answered_before_and_after_its_deadline_and_the_published_answer_is_public()
    {
        var citizen = await server.ClientAsAsync(null);
        var early = await (await citizen.PostJsonAsync("/api/public/feedback", new
        {
            kind = "recommendation", subject = "Niêm yết thủ tục", content = "Đề nghị niêm yết lệ phí ở cửa.", submitterName = "Tô Văn Khánh", submitterEmail = "khanh@example.vn",
        })).ReadAsync();
        var late = await (await citizen.PostJsonAsync("/api/public/feedback", new
        {
            kind = "report", subject = "Chờ lâu", content = "Phải chờ hơn một giờ.", submitterName = "Mạc Thị Yên", submitterPhone = "0977000111",
        })).ReadAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, early.GetProperty("assignedUnitId").ValueKind);

        var admin = await server.ClientAsAsync("quantri");
        foreach (var feedback in new[] { early, late })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostJsonAsync($"/api/admin/feedback/{feedback.Text("id")}/assign", new { unitId = "p-hoa-an" })).StatusCode);
        }

        var leader = await server.ClientAsAsync("lanhdao.hoaan");
        var inbox = await (await leader.GetAsync("/api/feedback")).ReadAsync();
        Assert.True(inbox.EnumerateArray().Count() >= 2);
        Assert.Equal(HttpStatusCode.NoContent, (await leader.PostJsonAsync($"/api/feedback/{early.Text("id")}/answer", new { answer = "Đã niêm yết từ ngày 03/03.", publish = true })).StatusCode);
        server.Clock.Advance(TimeSpan.FromDays(20));
        server.ForgetTokens();
        leader = await server.ClientAsAsync("lanhdao.hoaan");
        citizen = await server.ClientAsAsync(null);
        Assert.Equal(HttpStatusCode.NoContent, (await leader.PostJsonAsync($"/api/feedback/{late.Text("id")}/answer", new { answer = "Xã đã bố trí thêm một quầy.", publish = false })).StatusCode);

        var earlyTracked = await (await citizen.PostJsonAsync("/api/public/feedback/track", new { code = early.Text("code"), secret = early.Text("trackingSecret") })).ReadAsync();
        var lateTracked = await (await citizen.PostJsonAsync("/api/public/feedback/track", new { code = late.Text("code"), secret = late.Text("trackingSecret") })).ReadAsync();
        Assert.Equal("early", earlyTracked.Text("punctuality"));
        Assert.Equal("late", lateTracked.Text("punctuality"));
        var answers = await (await citizen.GetAsync("/api/public/feedback/answers")).ReadAsync();
        Assert.Contains(answers.EnumerateArray(), a => a.Text("answer") == "Đã niêm yết từ ngày 03/03." && a.Text("submitterName") == "");
        Assert.DoesNotContain(answers.EnumerateArray(), a => a.Text("answer") == "Xã đã bố trí thêm một quầy.");
    }
}
