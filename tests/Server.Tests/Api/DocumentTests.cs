using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Documents.Signatures;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Forms issued through the API, checked on download; the auditor's handoff export.</summary>
public sealed class DocumentTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private async Task<string> ReceiveAsync()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var receipt = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "land-first-certificate",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Hà Thị Kiều", phone = "0912000111" },
            data = new { parcel = "Thửa 7, tờ 12", area = 96.5 },
            documents = new[] { new { documentId = "don-dang-ky", originals = 1 }, new { documentId = "hop-dong", originals = 1 } },
        })).ReadAsync();
        return receipt.Text("dossierId");
    }

    [Fact]
    public async Task The_desk_issues_a_signed_receipt_which_downloads_with_its_signature_and_verifies()
    {
        var id = await ReceiveAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");

        var issued = await desk.PostJsonAsync($"/api/dossiers/{id}/documents", new { purpose = "receipt", sign = true });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var document = await issued.ReadAsync();
        var documentId = document.Text("id");

        var listed = await (await desk.GetAsync($"/api/dossiers/{id}/documents")).ReadAsync();
        Assert.Single(listed.EnumerateArray());
        var download = await desk.GetAsync($"/api/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("true", download.Headers.GetValues("X-Content-Intact").Single());
        Assert.Equal("Valid", download.Headers.GetValues("X-Signature-Verdict").Single());
        var html = await download.Content.ReadAsByteArrayAsync();
        Assert.Contains("Hà Thị Kiều", Encoding.UTF8.GetString(html));
        var signature = await (await desk.GetAsync($"/api/documents/{documentId}/signature")).Content.ReadAsByteArrayAsync();
        Assert.True(new SignatureVerifier().Verify(html, signature).IsValid);

        var outsider = await server.ClientAsAsync("motcua.hoaan");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/documents/{documentId}")).StatusCode);
    }

    [Fact]
    public async Task A_document_altered_in_the_database_is_refused_on_download_with_the_reason()
    {
        var id = await ReceiveAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var documentId = (await (await desk.PostJsonAsync($"/api/dossiers/{id}/documents", new { purpose = "receipt" })).ReadAsync()).Text("id");
        await using (var db = server.Database.Create())
        {
            var row = await db.IssuedDocuments.SingleAsync(d => d.Id == Guid.Parse(documentId));
            row.Content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(row.Content).Replace("Hà Thị Kiều", "Người Khác"));
            await db.SaveChangesAsync();
        }

        var refused = await desk.GetAsync($"/api/documents/{documentId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("document-altered", (await refused.ReadAsync()).Text("code"));
        var forced = await desk.GetAsync($"/api/documents/{documentId}?force=true");
        Assert.Equal("false", forced.Headers.GetValues("X-Content-Intact").Single());
    }

    [Fact]
    public async Task Only_forms_that_apply_are_issued_and_unknown_purposes_name_the_field()
    {
        var id = await ReceiveAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var unknown = await desk.PostJsonAsync($"/api/dossiers/{id}/documents", new { purpose = "certificate" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("purpose", (await unknown.ReadAsync()).Text("field"));
        var notYet = await desk.PostJsonAsync($"/api/dossiers/{id}/documents", new { purpose = "apology" });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
    }

    [Fact]
    public async Task The_auditor_exports_handoffs_as_CSV_in_Vietnamese()
    {
        var id = await ReceiveAsync();
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var detail = await (await desk.GetAsync($"/api/dossiers/{id}")).ReadAsync();
        var task = detail.GetProperty("openItems").EnumerateArray().First().Text("id");
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/tasks/{task}/complete", new { outcomeId = "transfer" })).StatusCode);

        var auditor = await server.ClientAsAsync("kiemtra");
        var csv = await auditor.GetAsync("/api/audit/handoffs.csv?fromUnit=x-tan-phu-my");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Mã hồ sơ,Thủ tục,Thời điểm giao", text.TrimStart('\uFEFF'));
        Assert.Contains("cn-vpdk-hoa-an", text);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.GetAsync("/api/audit/handoffs.csv")).StatusCode);
    }
}
