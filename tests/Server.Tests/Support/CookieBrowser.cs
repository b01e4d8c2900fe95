using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// A client that behaves like the site's own pages: it keeps cookies and sends the antiforgery
/// token in the <c>X-CSRF-TOKEN</c> header, fetched again after signing in (the token belongs to the signed-in user).
/// </summary>
public static class CookieBrowser
{
    public const string TokenHeader = "X-CSRF-TOKEN";

    /// <summary>A cookie-keeping client with no antiforgery token, as a page of another origin would make a browser send.</summary>
    public static HttpClient Browser(this ServerFactory server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>A cookie-keeping client that already carries an antiforgery token for the anonymous visitor.</summary>
    public static async Task<HttpClient> BrowserWithTokenAsync(this ServerFactory server)
    {
        var browser = server.Browser();
        await browser.TakeAntiforgeryTokenAsync();
        return browser;
    }

    /// <summary>Signed in by cookie, with a token for the signed-in account in every request's header.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this ServerFactory server, string userName, string password = Seeding.DemoAccounts.Password)
    {
        var browser = await server.BrowserWithTokenAsync();
        (await browser.PostAsJsonAsync("/account/login", new { userName, password })).EnsureSuccessStatusCode();
        await browser.TakeAntiforgeryTokenAsync();
        return browser;
    }

    public static async Task<string> TakeAntiforgeryTokenAsync(this HttpClient browser)
    {
        var token = (await (await browser.GetAsync("/account/antiforgery")).ReadAsync()).Text("token");
        browser.DefaultRequestHeaders.Remove(TokenHeader);
        browser.DefaultRequestHeaders.Add(TokenHeader, token);
        return token;
    }
}
