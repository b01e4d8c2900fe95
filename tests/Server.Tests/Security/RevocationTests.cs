using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>
/// Taking access away takes effect on the very next request, on every path: pages rendered for the
/// cookie, the API by cookie or bearer token, refresh tokens. Signing out ends the session on the
/// server, and a refresh token works once.
/// </summary>
public sealed class RevocationTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string Password = "MatKhau@2026";

    [Fact]
    public async Task A_disabled_account_loses_its_pages_its_cookie_and_its_bearer_token_at_once()
    {
        var userId = await CreateAccountAsync("cb.tamdung", "desk-officer");
        var browser = await server.SignedInBrowserAsync("cb.tamdung", Password);
        var bearer = await BearerAsync(await TokenAsync("cb.tamdung"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/desk/precheck")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);

        var admin = await server.ClientAsAsync("quantri");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{userId}/disable", null)).StatusCode);

        var page = await browser.GetAsync("/desk/precheck");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
        var me = await bearer.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("session-ended", (await me.ReadAsync()).Text("code"));
    }

    /// <summary>
    /// Static assets are told apart by their endpoint, not their path: a revoked cookie still gets
    /// them and is not cleared by them (no check ran), while a page whose address has dots, as a
    /// dossier's has, is checked and the cookie cleared.
    /// </summary>
    [Fact]
    public async Task Static_assets_are_not_checked_and_every_page_is()
    {
        var userId = await CreateAccountAsync("cb.tainguyen", "auditor");
        var browser = await server.SignedInBrowserAsync("cb.tainguyen", Password);
        var other = await server.SignedInBrowserAsync("cb.tainguyen", Password);
        var admin = await server.ClientAsAsync("quantri");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{userId}/disable", null)).StatusCode);

        foreach (var asset in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/css/app.css", "/favicon.svg" })
        {
            var served = await browser.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.False(ClearsSignIn(served), asset);
        }

        var dossier = await browser.GetAsync($"/dossiers/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Redirect, dossier.StatusCode);
        Assert.StartsWith("/account/login", dossier.Headers.Location?.PathAndQuery ?? dossier.Headers.Location?.OriginalString);
        Assert.True(ClearsSignIn(dossier));
        // Ends like a script but is no asset: it is checked like any page.
        var lookalike = await other.GetAsync("/dossiers/H55.31-260302-0001.js");
        Assert.NotEqual(HttpStatusCode.OK, lookalike.StatusCode);
        Assert.True(ClearsSignIn(lookalike));
    }

    [Fact]
    public async Task Removing_an_accounts_roles_ends_the_bearer_tokens_already_issued()
    {
        var userId = await CreateAccountAsync("cb.hetvaitro", "auditor");
        var bearer = await BearerAsync(await TokenAsync("cb.hetvaitro"));
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/audit/handoffs")).StatusCode);

        var admin = await server.ClientAsAsync("quantri");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = Array.Empty<string>() })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/audit/handoffs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task After_signing_out_a_copy_of_the_old_cookie_opens_nothing()
    {
        await CreateAccountAsync("cb.dangxuat", "auditor");
        // Cookies kept by hand, so the test holds a copy of the sign-in cookie as a thief would.
        var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var antiforgery = await client.GetAsync("/account/antiforgery");
        var jar = Cookies(antiforgery);
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = JsonContent.Create(new { userName = "cb.dangxuat", password = Password }) };
        signIn.Headers.Add("Cookie", jar);
        signIn.Headers.Add(CookieBrowser.TokenHeader, (await antiforgery.ReadAsync()).Text("token"));
        var signedIn = await client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var stolen = Cookies(signedIn);
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(client, HttpMethod.Get, "/api/auth/me", stolen)).StatusCode);

        var tokenForUser = await SendWithCookieAsync(client, HttpMethod.Get, "/account/antiforgery", $"{jar}; {stolen}");
        var signOut = new HttpRequestMessage(HttpMethod.Post, "/account/logout");
        signOut.Headers.Add("Cookie", $"{jar}; {stolen}");
        signOut.Headers.Add(CookieBrowser.TokenHeader, (await tokenForUser.ReadAsync()).Text("token"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(signOut)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithCookieAsync(client, HttpMethod.Get, "/api/auth/me", stolen)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendWithCookieAsync(client, HttpMethod.Get, "/trace/handoffs", stolen)).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_using_it_again_ends_the_whole_session()
    {
        await CreateAccountAsync("cb.lammoi", "auditor");
        var anonymous = await server.ClientAsAsync(null);
        var first = await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "cb.lammoi", password = Password })).ReadAsync();

        var refreshed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.Text("refreshToken") });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await refreshed.ReadAsync();

        var replayed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.Text("refreshToken") });
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal("refreshToken", (await replayed.ReadAsync()).Text("field"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = second.Text("refreshToken") })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await BearerAsync(second.Text("accessToken"))).GetAsync("/api/auth/me")).StatusCode);
    }

    private async Task<string> CreateAccountAsync(string userName, string role)
    {
        var admin = await server.ClientAsAsync("quantri");
        var created = await admin.PostJsonAsync("/api/admin/users", new { userName, displayName = "Cán bộ thử", password = Password, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.ReadAsync()).Text("id");
        if (role == "desk-officer")
        {
            var granted = await admin.PostJsonAsync("/api/admin/memberships", new { officerId = userId, unitId = "x-tan-phu-my", role, validFrom = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        }

        return userId;
    }

    private async Task<string> TokenAsync(string userName)
    {
        var response = await (await server.ClientAsAsync(null)).PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        return (await response.ReadAsync()).Text("accessToken");
    }

    private async Task<HttpClient> BearerAsync(string token)
    {
        var client = await server.ClientAsAsync(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static bool ClearsSignIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("workflow.auth=;", StringComparison.Ordinal));

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, HttpMethod method, string path, string cookies)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
    }
}
