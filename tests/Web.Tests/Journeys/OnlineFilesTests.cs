using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The desk checks an online dossier before accepting it: each paper shows the files the citizen
/// filed, to view in the browser or download, and only officers who may read the dossier get them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OnlineFilesTests(WebFixture fixture)
{
    private const string Applicant = "Mai Thị Thanh Tâm";

    private static readonly byte[] ScannedPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task The_desk_views_and_downloads_the_files_of_an_online_dossier_before_accepting_it()
    {
        using (var citizen = await ApiCaller.SignInAsync(fixture.Server.Address, null))
        {
            var attachments = new List<object>();
            foreach (var (document, fileName) in new[] { ("to-khai", "to-khai-khai-sinh.pdf"), ("giay-chung-sinh", "giay-chung-sinh.pdf") })
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(ScannedPdf);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, "file", fileName);
                var uploaded = await citizen.Client.PostAsync("/api/public/uploads", form);
                Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
                using var receipt = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync());
                attachments.Add(new { uploadId = receipt.RootElement.GetProperty("id").GetGuid(), documentId = document });
            }

            await citizen.PostAsync("/api/public/dossiers", new
            {
                procedureId = "birth-registration",
                receivingUnitId = "p-hoa-an",
                applicant = new { name = Applicant, phone = "0977111222", address = "Phường Hòa An" },
                data = new Dictionary<string, object> { ["childName"] = "Bé Thảo", ["birthDate"] = "2026-11-25" },
                documents = new[] { new { documentId = "to-khai" }, new { documentId = "giay-chung-sinh" } },
                attachments,
            });
        }

        await using var desk = await fixture.SignedInAsync(DemoAccountNames.Desk);
        await desk.OpenAsync("/desk/precheck", "desk: filings to check (files)");
        await desk.Page.Locator("tr", new() { HasText = Applicant }).Locator("a").First.ClickAsync();
        await desk.Page.WaitForURLAsync(new Regex("/dossiers/"));
        var dossierPath = new Uri(desk.Page.Url).AbsolutePath;
        await desk.OpenAsync(dossierPath, "desk: online dossier with files");

        var papers = desk.Test("documents");
        var declaration = papers.Locator("[data-test=document]", new() { HasText = "Tờ khai đăng ký khai sinh" });
        await Expect(declaration).ToContainTextAsync("1 tệp điện tử");
        await Expect(declaration.Locator("[data-test=file-view]")).ToHaveTextAsync("to-khai-khai-sinh.pdf");
        await Expect(papers.Locator("[data-test=document]", new() { HasText = "Giấy chứng sinh" }).Locator("[data-test=file-view]")).ToHaveTextAsync("giay-chung-sinh.pdf");
        await Expect(papers.Locator("[data-test=file-view]")).ToHaveCountAsync(2);
        await desk.ScreenshotAsync("60-desk-online-files");

        // The links work with the officer's session: shown in the browser, or downloaded with the citizen's file name.
        var view = await desk.Page.APIRequest.GetAsync((await declaration.Locator("[data-test=file-view]").GetAttributeAsync("href"))!);
        Assert.Equal(200, view.Status);
        Assert.Equal("application/pdf", view.Headers["content-type"]);
        Assert.StartsWith("inline", view.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal(ScannedPdf, await view.BodyAsync());
        var download = await desk.Page.APIRequest.GetAsync((await declaration.Locator("[data-test=file-download]").GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("to-khai-khai-sinh.pdf", download.Headers["content-disposition"], StringComparison.Ordinal);

        // The desk accepts it once checked; the files stay on the dossier.
        await desk.Test("accept").ClickAsync();
        await Expect(desk.Test("status")).ToHaveAttributeAsync("data-status", "2");
        await Expect(papers.Locator("[data-test=file-view]")).ToHaveCountAsync(2);

        // At a phone's width the file names wrap instead of widening the page.
        await desk.Page.SetViewportSizeAsync(390, 844);
        await Expect(papers.Locator("[data-test=file-view]").First).ToBeVisibleAsync();
        var overflow = await papers.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 1");
        Assert.False(overflow, "The papers list is wider than a 390 px screen.");
        var pageFits = await desk.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        Assert.True(pageFits, "The page is wider than a 390 px screen.");

        // An officer of another ward may not open them.
        await using var other = await fixture.SignedInAsync("motcua.tanphumy");
        var refused = await other.Page.APIRequest.GetAsync((await declaration.Locator("[data-test=file-download]").GetAttributeAsync("href"))!);
        Assert.Equal(403, refused.Status);
    }
}
