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
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
    }

    [Fact]
    public async Task The_pages_carry_no_inline_script_the_policy_would_block()
    {
        var client = await server.ClientAsAsync(null);

        var page = await client.GetStringAsync("/procedures");

        Assert.Contains("<script src=\"_framework/blazor.web.js\"></script>", page);
        foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(page, "<script(?<attributes>[^>]*)>"))
        {
            Assert.Contains("src=", script.Groups["attributes"].Value);
        }
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/Components/Pages/Reports/DashboardPage.razor.js")]
    [InlineData("/_content/Workflow.Designer/designer.js")]
    public async Task Scripts_and_modules_load_by_their_plain_paths_without_an_import_map(string path)
    {
        var client = await server.ClientAsAsync(null);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }
}
