using System.Net;
using System.Net.Http.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>
/// Behind the trusted proxy, limits count each client by its own address and HTTPS is recognised;
/// the same headers from any other machine change nothing.
/// </summary>
public sealed class TrustedProxyTests(ProxiedServerFactory server) : IClassFixture<ProxiedServerFactory>
{
    [Fact]
    public async Task Clients_behind_the_proxy_each_have_their_own_rate_limit()
    {
        var first = server.Via("198.51.100.60");
        for (var i = 0; i < ProxiedServerFactory.PublicPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/public/procedures")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/api/public/procedures")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Via("198.51.100.61").GetAsync("/api/public/procedures")).StatusCode);
        // Through a second trusted hop (10.8.0.0/16) the client is still the first untrusted address.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await server.Via("198.51.100.60, 10.8.0.3").GetAsync("/api/public/procedures")).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_choose_its_address_by_writing_X_Forwarded_For_itself()
    {
        // What the client wrote comes first; the proxy appends the address it saw.
        for (var i = 0; i < ProxiedServerFactory.PublicPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Via($"192.0.2.{i}, 198.51.100.62").GetAsync("/api/public/procedures")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await server.Via("192.0.2.99, 198.51.100.62").GetAsync("/api/public/procedures")).StatusCode);

        var direct = server.From("192.0.2.200");
        for (var i = 0; i < 5; i++)
        {
            direct.DefaultRequestHeaders.Remove("X-Forwarded-For");
            direct.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await direct.PostAsJsonAsync("/api/auth/token", new { userName = "phantich", password = "Sai@12345" })).StatusCode);
        }

        direct.DefaultRequestHeaders.Remove("X-Forwarded-For");
        direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await direct.PostAsJsonAsync("/api/auth/token", new { userName = "phantich", password = "Sai@12345" })).StatusCode);
    }

    [Fact]
    public async Task Https_reported_by_the_trusted_proxy_makes_every_cookie_secure_and_sends_HSTS()
    {
        var client = server.Via("198.51.100.70", scheme: "https");

        var antiforgery = await client.GetAsync("/account/antiforgery");
        var culture = await client.GetAsync("/culture?name=en&back=/");
        var signedIn = await client.SendAsync(await SignInRequestAsync(antiforgery));

        Assert.Equal("max-age=31536000", string.Join(",", antiforgery.Headers.GetValues("Strict-Transport-Security")));
        Assert.All(Cookies(antiforgery).Concat(Cookies(culture)).Concat(Cookies(signedIn)), cookie => Assert.Contains("; secure", cookie));
        Assert.Contains(Cookies(signedIn), c => c.StartsWith("workflow.auth=", StringComparison.Ordinal));
        Assert.Contains(Cookies(culture), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("proxy", "http")]
    [InlineData("stranger", "https")]
    public async Task Plain_http_or_https_claimed_by_another_machine_gets_no_secure_cookie_and_no_HSTS(string from, string scheme)
    {
        var client = from == "proxy" ? server.Via("198.51.100.71", scheme) : server.From("192.0.2.201");
        if (from != "proxy")
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        }

        var antiforgery = await client.GetAsync("/account/antiforgery");
        var culture = await client.GetAsync("/culture?name=en&back=/");
        var signedIn = await client.SendAsync(await SignInRequestAsync(antiforgery));

        Assert.False(antiforgery.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(Cookies(signedIn), c => c.StartsWith("workflow.auth=", StringComparison.Ordinal));
        Assert.All(Cookies(antiforgery).Concat(Cookies(culture)).Concat(Cookies(signedIn)), cookie => Assert.DoesNotContain("secure", cookie));
    }

    /// <summary>The cookie sign-in with the antiforgery cookie and token just received (sent by hand: a cookie jar keeps a secure cookie off plain HTTP).</summary>
    private static async Task<HttpRequestMessage> SignInRequestAsync(HttpResponseMessage antiforgery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = JsonContent.Create(new { userName = "kiemtra", password = Seeding.DemoAccounts.Password }) };
        request.Headers.Add("Cookie", Cookies(antiforgery).Single().Split(';')[0]);
        request.Headers.Add(CookieBrowser.TokenHeader, (await antiforgery.ReadAsync()).Text("token"));
        return request;
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];
}
