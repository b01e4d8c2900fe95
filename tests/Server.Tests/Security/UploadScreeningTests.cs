using System.Net;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Uploaded files keep a name people can trust, and a PDF that is also a web page is refused.</summary>
public sealed class UploadScreeningTests(CitizenServerFactory server) : IClassFixture<CitizenServerFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Control_and_direction_override_characters_are_removed_and_long_names_are_cut_keeping_the_extension()
    {
        var citizen = await server.ClientAsAsync(null);

        var disguised = await UploadAsync(citizen, Pdf, "hoa-don\u202Efdp.exe\u0007\u200F.pdf");
        var longName = await UploadAsync(citizen, Pdf, new string('a', 400) + ".pdf");

        Assert.Equal(HttpStatusCode.Created, disguised.StatusCode);
        Assert.Equal("hoa-donfdp.exe.pdf", (await disguised.ReadAsync()).Text("fileName"));
        var cut = (await longName.ReadAsync()).Text("fileName");
        Assert.Equal(120, cut.Length);
        Assert.EndsWith(".pdf", cut);
    }

    [Fact]
    public async Task A_file_that_is_both_a_pdf_and_a_web_page_is_refused_with_the_field()
    {
        var citizen = await server.ClientAsAsync(null);
        var polyglot = Encoding.ASCII.GetBytes("%PDF-1.4\n%<html><body><script>fetch('/api/auth/me')</script></body></html>\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        var response = await UploadAsync(citizen, polyglot, "don.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("file", problem.Text("field"));
        Assert.Contains("HTML", problem.Text("detail"));
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name) =>
        client.PostAsync("/api/public/uploads", new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } });
}
