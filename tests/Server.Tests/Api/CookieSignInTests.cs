using System.Net;
using System.Net.Http.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Pages sign in with a cookie; a wrong password says nothing about whether the account exists.</summary>
public sealed class CookieSignInTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Signing_in_sets_a_cookie_that_opens_the_api_until_signing_out()
    {
        var browser = await server.BrowserWithTokenAsync();

        var signedIn = await browser.PostAsJsonAsync("/account/login", new { userName = "kiemtra", password = "Demo@2026" });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("workflow.auth=") && c.Contains("httponly") && c.Contains("samesite=strict"));
        var me = await (await browser.GetAsync("/api/auth/me")).ReadAsync();
        Assert.Equal("Vũ Đức Minh", me.Text("displayName"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/audit/handoffs")).StatusCode);

        await browser.TakeAntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/account/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/audit/handoffs")).StatusCode);
    }

    [Fact]
    public async Task A_form_post_redirects_to_a_local_page_only_and_a_wrong_password_gets_the_same_answer_as_an_unknown_name()
    {
        var browser = await server.BrowserWithTokenAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "phantich", ["password"] = "Demo@2026", ["returnUrl"] = "https://evil.example/steal" });
        var redirected = await browser.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/", redirected.Headers.Location?.OriginalString);

        var anonymous = await server.ClientAsAsync(null);
        var wrong = await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "phantich", password = "Sai@12345" })).ReadAsync();
        var unknown = await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "khongco", password = "Sai@12345" })).ReadAsync();
        Assert.Equal(401, wrong.GetProperty("status").GetInt32());
        Assert.Equal(wrong.Text("detail"), unknown.Text("detail"));
    }
}
