using System.Net;
using System.Text;
using System.Xml.Linq;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Analysts and auditors download a version as BPMN or Elsa; analysts import BPMN into a draft, and bad files are refused as ProblemDetails.</summary>
public sealed class ProcessFormatApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string BpmnModel = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    [Fact]
    public async Task An_auditor_downloads_BPMN_an_analyst_imports_it_back_as_the_next_draft_of_the_same_process()
    {
        var auditor = await server.ClientAsAsync("kiemtra");
        var download = await auditor.GetAsync("/api/designer/procedures/signature-certification/versions/1/bpmn");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("signature-certification-v1.bpmn", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var xml = await download.Content.ReadAsStringAsync();
        Assert.Contains(XDocument.Parse(xml).Descendants(XName.Get("userTask", BpmnModel)), t => (string?)t.Attribute("id") == "Step_witness");

        var analyst = await server.ClientAsAsync("phantich");
        var imported = await analyst.PostAsync("/api/designer/procedures/import/bpmn", new StringContent(xml, Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var report = await imported.ReadAsync();
        Assert.Equal(("signature-certification", 2), (report.Text("procedureId"), report.GetProperty("version").GetInt32()));
        Assert.Equal(0, report.GetProperty("unmapped").GetArrayLength());
        Assert.Equal("/api/designer/procedures/signature-certification/versions/2", imported.Headers.Location?.OriginalString);
        var draft = await File.ReadAllTextAsync(Path.Combine(server.Procedures, "signature-certification", "v2.json"));
        Assert.Contains("\"status\": \"draft\"", draft);
        Assert.Contains("\"start\": \"witness\"", draft);

        var elsa = await (await auditor.GetAsync("/api/designer/procedures/signature-certification/versions/1/elsa")).ReadAsync();
        Assert.Equal("Elsa.Flowchart", elsa.GetProperty("root").Text("type"));
    }

    [Fact]
    public async Task A_file_with_a_DTD_or_over_the_limit_is_refused_naming_the_body_and_an_unknown_version_is_not_found()
    {
        var analyst = await server.ClientAsAsync("phantich");
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions xmlns=\"" + BpmnModel + "\"><process id=\"p\" name=\"&x;\"/></definitions>";

        var dtd = await analyst.PostAsync("/api/designer/procedures/import/bpmn", new StringContent(xxe, Encoding.UTF8, "application/xml"));
        var problem = await ProblemAssert.FieldAsync(dtd, HttpStatusCode.BadRequest, "body");
        Assert.Equal("invalid-bpmn", problem.Text("code"));
        Assert.Contains("DTD", problem.Text("detail"));

        var huge = await analyst.PostAsync("/api/designer/procedures/import/bpmn", new StringContent(new string(' ', 3 * 1024 * 1024), Encoding.UTF8, "application/xml"));
        await ProblemAssert.FieldAsync(huge, HttpStatusCode.RequestEntityTooLarge, "body");

        var missing = await analyst.GetAsync("/api/designer/procedures/signature-certification/versions/9/bpmn");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_cookie_import_without_the_antiforgery_token_is_refused()
    {
        var browser = await server.SignedInBrowserAsync("phantich");
        browser.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);

        var forged = await browser.PostAsync("/api/designer/procedures/import/bpmn", new StringContent("<definitions/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("antiforgery-token-invalid", (await forged.ReadAsync()).Text("code"));
    }
}
