using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>With no trusted proxy configured (the default), forwarded headers change nothing, whoever sends them; HTTPS itself is still recognised.</summary>
public sealed class UntrustedForwardingTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_guesser_gets_no_fresh_tries_by_writing_a_new_X_Forwarded_For_each_time()
    {
        var guesser = await server.ClientAsAsync(null);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            guesser.DefaultRequestHeaders.Remove("X-Forwarded-For");
            guesser.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i}");
            answers.Add((await guesser.PostAsJsonAsync("/api/auth/token", new { userName = "tuphap.hoaan", password = "Sai@12345" })).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task X_Forwarded_Proto_https_gets_no_secure_cookie_and_no_HSTS_but_https_itself_gets_both()
    {
        var claimed = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://motcua.example.vn/"), HandleCookies = false });
        claimed.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var secure = server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://motcua.example.vn/"), HandleCookies = false });

        var plain = await claimed.GetAsync("/account/antiforgery");
        var https = await secure.GetAsync("/account/antiforgery");

        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", plain.Headers.GetValues("Set-Cookie").Single());
        Assert.Equal("max-age=31536000", string.Join(",", https.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("; secure", https.Headers.GetValues("Set-Cookie").Single());
    }
}
