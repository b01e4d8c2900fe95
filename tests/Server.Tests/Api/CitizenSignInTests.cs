using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Server.Authentication;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// Citizens sign in with an electronic identity at a real OpenID Connect provider on loopback
/// (the server fetches its metadata, keys, tokens and userinfo over HTTP): what the session holds,
/// what it opens, what it does not, the level of assurance a procedure asks for, and signing out.
/// Officers' single sign-on goes through the same provider and stays apart.
/// </summary>
public sealed class CitizenSignInTests(CitizenSignInServerFactory server) : IClassFixture<CitizenSignInServerFactory>
{
    private static JsonObject Person(string sub, string idNumber, string name, string? level) => new()
    {
        ["sub"] = sub,
        ["name"] = name,
        ["so_dinh_danh"] = idNumber,
        ["loa"] = level,
        ["phone_number"] = "0912 345 678",
        ["email"] = $"{sub}@example.vn",
        ["address"] = new JsonObject { ["formatted"] = "Ấp Tân Phú, xã Tân Phú Mỹ" },
    };

    /// <summary>A browser that signed in as <paramref name="person"/>, with an antiforgery token in its header.</summary>
    private async Task<(HttpClient Site, OidcBrowser Browser, HttpResponseMessage Landing)> SignInAsync(JsonObject person, string returnUrl = "/my-dossiers")
    {
        server.Provider.Person = person;
        var site = server.Site();
        var browser = new OidcBrowser(site, server.Provider.Authority);
        var landing = await browser.GoAsync($"/citizen/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await site.TakeAntiforgeryTokenAsync();
        return (site, browser, landing);
    }

    private static object CertifiedCopy(string procedureId, object? applicant = null) => new
    {
        procedureId,
        receivingUnitId = "x-tan-phu-my",
        applicant = applicant ?? new { name = "Tên khác", idNumber = "079099999999", phone = "0900000000" },
        data = new { pages = 3, copies = 2 },
    };

    [Fact]
    public async Task Signing_in_reads_the_name_id_number_and_level_and_sets_a_citizen_cookie_that_is_HttpOnly_Secure_and_Lax()
    {
        var issuedBefore = server.Provider.TokensIssued;
        var (site, browser, landing) = await SignInAsync(Person("an", "001 090 012 345", "Nguyễn Văn An", "urn:dinhdanh:loa:high"), "/my-dossiers");

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/my-dossiers", landing.Headers.Location!.OriginalString);
        Assert.Equal(issuedBefore + 1, server.Provider.TokensIssued);
        var cookie = browser.SiteAnswers.SelectMany(a => a.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Single(c => c.StartsWith(Workflow.Server.Authentication.AuthenticationSchemes.CitizenCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=lax", cookie);

        var me = await (await site.GetAsync("/api/citizen/me")).ReadAsync();
        Assert.Equal("Nguyễn Văn An", me.Text("name"));
        Assert.Equal("001 090 012 345", me.Text("idNumber"));
        Assert.Equal(2, me.GetProperty("level").GetInt32());
        Assert.Equal("an@example.vn", me.Text("email"));
        Assert.Equal("Ấp Tân Phú, xã Tân Phú Mỹ", me.Text("address"));
        browser.Dispose();
    }

    [Fact]
    public async Task My_dossiers_lists_only_the_citizens_own_and_opens_them_without_the_secret()
    {
        var (site, browser, _) = await SignInAsync(Person("binh", "001090054321", "Trần Thị Bình", "urn:dinhdanh:loa:basic"));
        var own = await site.PostAsJsonAsync("/api/citizen/dossiers", CertifiedCopy("certified-copy", new { name = "Ai đó", idNumber = "079099999999", phone = "0900000001" }));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownCode = (await own.ReadAsync()).Text("code");
        var anonymous = await server.ClientAsAsync(null);
        var other = await (await anonymous.PostJsonAsync("/api/public/dossiers", CertifiedCopy("certified-copy"))).ReadAsync();
        var otherCode = other.Text("code");

        var mine = await (await site.GetAsync("/api/citizen/dossiers")).ReadAsync();
        var line = Assert.Single(mine.EnumerateArray());
        Assert.Equal(ownCode, line.Text("code"));
        Assert.Equal(1, line.GetProperty("statusCode").GetInt32());
        Assert.True(line.TryGetProperty("dueAt", out _));
        Assert.Equal(ownCode, (await (await site.GetAsync($"/api/citizen/dossiers/{ownCode}")).ReadAsync()).Text("code"));
        await ProblemAssert.FieldAsync(await site.GetAsync($"/api/citizen/dossiers/{otherCode}"), HttpStatusCode.NotFound, "code");

        // The verified identity is the applicant, whatever the request said; anyone still tracks with the code and secret.
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var found = (await (await desk.GetAsync($"/api/dossiers?q={ownCode}")).ReadAsync()).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Trần Thị Bình", found.GetProperty("applicantName").GetString());
        var tracked = await anonymous.PostJsonAsync("/api/public/tracking", new { code = otherCode, secret = other.Text("trackingSecret") });
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task A_procedure_asking_for_level_2_refuses_a_level_1_sign_in_and_anyone_not_signed_in_and_takes_level_2()
    {
        var before = (await server.CountsAsync()).Dossiers;
        var (weak, weakBrowser, _) = await SignInAsync(Person("cuong", "001090011111", "Lê Văn Cường", "urn:dinhdanh:loa:basic"));
        var refused = await weak.PostAsJsonAsync("/api/citizen/dossiers", CertifiedCopy(CitizenSignInServerFactory.VerifiedProcedure));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal(CitizenAssurance.RefusalCode, problem.Text("code"));
        Assert.Contains("phương thức xác thực mạnh hơn", problem.Text("detail"));

        var anonymous = await server.ClientAsAsync(null);
        var notSignedIn = await (await anonymous.PostJsonAsync("/api/public/dossiers", CertifiedCopy(CitizenSignInServerFactory.VerifiedProcedure))).ReadAsync();
        Assert.Equal(CitizenAssurance.RefusalCode, notSignedIn.Text("code"));
        Assert.Contains("đăng nhập bằng định danh điện tử", notSignedIn.Text("detail"));
        Assert.Equal(before, (await server.CountsAsync()).Dossiers);

        var (strong, strongBrowser, _) = await SignInAsync(Person("cuong", "001090011111", "Lê Văn Cường", "urn:dinhdanh:loa:high"));
        Assert.Equal(HttpStatusCode.Created, (await strong.PostAsJsonAsync("/api/citizen/dossiers", CertifiedCopy(CitizenSignInServerFactory.VerifiedProcedure))).StatusCode);
        weakBrowser.Dispose();
        strongBrowser.Dispose();
    }

    [Fact]
    public async Task A_provider_value_the_server_does_not_map_gives_no_level()
    {
        var (site, browser, _) = await SignInAsync(Person("dung", "001090022222", "Phạm Dũng", "urn:khac:loa:99"));
        Assert.Equal(0, (await (await site.GetAsync("/api/citizen/me")).ReadAsync()).GetProperty("level").GetInt32());
        browser.Dispose();
    }

    [Fact]
    public async Task A_sign_in_without_a_personal_id_number_signs_nobody_in_and_says_so()
    {
        var person = Person("em", "x", "Hoàng Em", "urn:dinhdanh:loa:high");
        person.Remove("so_dinh_danh");
        var (site, browser, landing) = await SignInAsync(person);
        Assert.Equal("/my-dossiers?signin=failed", landing.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.GetAsync("/api/citizen/me")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task A_citizen_session_opens_no_officer_page_or_API_and_an_officer_session_opens_no_citizen_API()
    {
        var (citizen, browser, _) = await SignInAsync(Person("giang", "001090033333", "Vũ Giang", "urn:dinhdanh:loa:high"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await citizen.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await citizen.GetAsync("/api/dossiers")).StatusCode);
        var inbox = await citizen.GetAsync("/inbox");
        Assert.DoesNotContain("data-test=\"user-name\"", await inbox.Content.ReadAsStringAsync());

        var officerCookie = await server.SignedInBrowserAsync("motcua.tanphumy");
        Assert.Equal(HttpStatusCode.Unauthorized, (await officerCookie.GetAsync("/api/citizen/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officerCookie.GetAsync("/api/citizen/dossiers")).StatusCode);
        var officerBearer = await server.ClientAsAsync("motcua.tanphumy");
        Assert.Equal(HttpStatusCode.Unauthorized, (await officerBearer.GetAsync("/api/citizen/dossiers")).StatusCode);
        var page = await (await officerCookie.GetAsync("/my-dossiers")).Content.ReadAsStringAsync();
        Assert.Contains("data-test=\"my-dossiers-anonymous\"", page);
        browser.Dispose();
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_and_ends_the_citizen_session()
    {
        var (site, browser, _) = await SignInAsync(Person("hai", "001090044444", "Đỗ Hải", "urn:dinhdanh:loa:high"));
        var page = await (await site.GetAsync("/my-dossiers")).Content.ReadAsStringAsync();
        Assert.Contains("data-test=\"citizen-sign-out\"", page);
        Assert.Contains("Đỗ Hải", WebUtility.HtmlDecode(page));

        site.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        await ProblemAssert.FieldAsync(await site.PostAsync("/citizen/logout", null), HttpStatusCode.BadRequest, CookieBrowser.TokenHeader);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/api/citizen/me")).StatusCode);
        await site.TakeAntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await site.PostAsync("/citizen/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.GetAsync("/api/citizen/me")).StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task Submitting_as_a_citizen_without_the_antiforgery_token_is_refused()
    {
        var (site, browser, _) = await SignInAsync(Person("khanh", "001090055555", "Mai Khánh", "urn:dinhdanh:loa:high"));
        site.DefaultRequestHeaders.Remove(CookieBrowser.TokenHeader);
        var before = (await server.CountsAsync()).Dossiers;
        await ProblemAssert.FieldAsync(await site.PostAsJsonAsync("/api/citizen/dossiers", CertifiedCopy("certified-copy")), HttpStatusCode.BadRequest, CookieBrowser.TokenHeader);
        Assert.Equal(before, (await server.CountsAsync()).Dossiers);
        browser.Dispose();
    }

    [Fact]
    public async Task An_officer_signs_in_by_single_sign_on_at_the_same_provider_and_gets_no_citizen_session()
    {
        using (var scope = server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ServerUser>>();
            var officer = (await users.FindByNameAsync("lanhdao.tanphumy"))!;
            await users.SetEmailAsync(officer, "thanh.bv@tanphumy.example.vn");
        }

        server.Provider.Person = new JsonObject { ["sub"] = "can-bo-77", ["email"] = "thanh.bv@tanphumy.example.vn", ["email_verified"] = true, ["preferred_username"] = "thanh.bv" };
        var site = server.Site();
        using var browser = new OidcBrowser(site, server.Provider.Authority);
        var landing = await browser.GoAsync("/account/login/oidc?returnUrl=%2Finbox");
        Assert.StartsWith("/account/login/oidc/complete", landing.Headers.Location!.OriginalString);
        Assert.Equal("/inbox", (await site.GetAsync(landing.Headers.Location)).Headers.Location!.OriginalString);

        var me = await (await site.GetAsync("/api/auth/me")).ReadAsync();
        Assert.Equal("lanhdao.tanphumy", me.Text("userName"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.GetAsync("/api/citizen/me")).StatusCode);
    }
}
