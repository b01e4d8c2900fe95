using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>
/// A page of another origin can make a browser send the sign-in cookie, but not the antiforgery token:
/// every state-changing request carried by the cookie needs the token, signing in included; bearer calls do not.
/// </summary>
public sealed partial class CrossSiteRequestTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_forged_bodiless_post_cannot_disable_an_account_but_the_same_post_with_the_token_can()
    {
        var analystId = await MyIdAsync("phantich");
        var admin = await server.SignedInBrowserAsync("quantri");
        var token = admin.DefaultRequestHeaders.GetValues(CookieBrowser.TokenHeader).Single();
        admin.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);

        var forged = await admin.PostAsync($"/api/admin/users/{analystId}/disable", null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var problem = await forged.ReadAsync();
        Assert.Equal("antiforgery-token-invalid", problem.Text("code"));
        Assert.Equal(CookieBrowser.TokenHeader, problem.Text("field"));
        Assert.Equal(HttpStatusCode.OK, (await (await server.ClientAsAsync("phantich")).GetAsync("/api/auth/me")).StatusCode);

        admin.DefaultRequestHeaders.Add(CookieBrowser.TokenHeader, token);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{analystId}/disable", null)).StatusCode);
    }

    [Fact]
    public async Task A_forged_scan_upload_to_the_desk_is_refused_like_any_cookie_carried_change()
    {
        // The digitise endpoint reads multipart itself (framework antiforgery off), so the cookie guard is its only check.
        var desk = await server.SignedInBrowserAsync("motcua.tanphumy");
        var token = desk.DefaultRequestHeaders.GetValues(CookieBrowser.TokenHeader).Single();
        desk.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        MultipartFormDataContent Scan() => new() { { new ByteArrayContent("%PDF-1.7\n%%EOF\n"u8.ToArray()), "files", "to-khai.pdf" } };
        var path = $"/api/desk/dossiers/{Guid.NewGuid()}/components/giay-de-nghi/digitise";

        var forged = await desk.PostAsync(path, Scan());

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("antiforgery-token-invalid", (await forged.ReadAsync()).Text("code"));
        desk.DefaultRequestHeaders.Add(CookieBrowser.TokenHeader, token);
        var genuine = await desk.PostAsync(path, Scan());
        Assert.NotEqual("antiforgery-token-invalid", (await genuine.ReadAsync()).Text("code"));
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_sign_a_visitor_in()
    {
        var visitor = server.Browser();

        var json = await visitor.PostAsJsonAsync("/account/login", new { userName = "kiemtra", password = "Demo@2026" });
        var form = await visitor.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "kiemtra", ["password"] = "Demo@2026" }));

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal("__RequestVerificationToken", (await form.ReadAsync()).Text("field"));
        Assert.False(json.Headers.Contains("Set-Cookie") && json.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("workflow.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Bearer_calls_need_no_antiforgery_token()
    {
        var admin = await server.ClientAsAsync("quantri");

        var created = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "cb.bearer", displayName = "Cán bộ Bearer", password = "MatKhau@2026", roles = new[] { "specialist" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task The_sign_out_form_of_the_pages_carries_the_token_and_signs_out_while_a_forged_sign_out_does_not()
    {
        var officer = await server.SignedInBrowserAsync("kiemtra");
        officer.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsync("/account/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/auth/me")).StatusCode);

        var page = await officer.GetStringAsync("/");
        var field = SignOutFormToken().Match(page);
        Assert.True(field.Success, "The sign-out form has no antiforgery token.");
        var signedOut = await officer.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [field.Groups[1].Value] = WebUtility.HtmlDecode(field.Groups[2].Value) }));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_print_form_posts_with_its_token_and_a_forged_print_gets_a_readable_page()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var received = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration", receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn An" }, data = new { businessName = "Tiệm may An", members = 1 },
        })).ReadAsync();
        var officer = await server.SignedInBrowserAsync("motcua.tanphumy");
        var token = officer.DefaultRequestHeaders.GetValues(CookieBrowser.TokenHeader).Single();
        officer.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        var path = $"/print/dossiers/{received.Text("dossierId")}/receipt";

        var forged = await officer.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()));
        var printed = await officer.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("data-test=\"print-error\"", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("text/html", printed.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> MyIdAsync(string userName) =>
        (await (await (await server.ClientAsAsync(userName)).GetAsync("/api/auth/me")).ReadAsync()).Text("id");

    [GeneratedRegex("action=\"/account/logout\"[^>]*>\\s*<input[^>]*name=\"(__RequestVerificationToken)\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex SignOutFormToken();
}
