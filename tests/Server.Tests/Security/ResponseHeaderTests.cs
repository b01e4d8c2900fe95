using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Pages and API answers tell the browser to run scripts from this site only, not to sniff types, and not to leak addresses.</summary>
public sealed class ResponseHeaderTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData("/procedures")]
    [InlineData("/signin")]
    [InlineData("/api/public/procedures")]
    [InlineData("/api/tasks/inbox")]
    public async Task Every_answer_restricts_scripts_to_the_site_and_forbids_sniffing(string path)
    {
        var client = await server.ClientAsAsync(null);

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/]+';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
    }

    [Fact]
    public async Task The_only_inline_script_is_the_import_map_with_this_response_s_nonce()
    {
        var client = await server.ClientAsAsync(null);

        var first = await client.GetAsync("/procedures");
        var second = await client.GetAsync("/procedures");

        var nonce = System.Text.RegularExpressions.Regex.Match(string.Join(",", first.Headers.GetValues("Content-Security-Policy")), "'nonce-(?<value>[^']+)'").Groups["value"].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain(nonce, string.Join(",", second.Headers.GetValues("Content-Security-Policy")));
        var page = await first.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"_framework/blazor.web.js\"></script>", page);
        var inline = 0;
        foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(page, "<script(?<attributes>[^>]*)>"))
        {
            var attributes = script.Groups["attributes"].Value;
            if (!attributes.Contains("src=", StringComparison.Ordinal))
            {
                inline++;
                Assert.Contains("type=\"importmap\"", attributes);
                Assert.Contains($"nonce=\"{nonce}\"", attributes);
            }
        }

        Assert.Equal(1, inline);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/Components/Pages/Reports/DashboardPage.razor.js")]
    [InlineData("/_content/Workflow.Designer/designer.js")]
    public async Task Scripts_and_modules_are_served_as_javascript_by_their_plain_paths_too(string path)
    {
        var client = await server.ClientAsAsync(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }
}
