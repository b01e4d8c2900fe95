using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Without <c>Authentication:Citizen</c>, the server offers no citizen sign-in: no button, and the sign-in address says it is not configured.</summary>
public sealed class CitizenSignInOffTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task No_provider_configured_means_no_sign_in_button_and_a_404_that_says_why()
    {
        var client = await server.ClientAsAsync(null);
        var refused = await client.GetAsync("/citizen/login");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var problem = await refused.ReadAsync();
        Assert.Equal("citizen-sign-in-not-configured", problem.Text("code"));
        Assert.Contains("định danh điện tử", problem.Text("detail"));
        foreach (var page in new[] { "/my-dossiers", "/submit" })
        {
            var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("data-test=\"citizen-sign-in\"", html);
        }

        Assert.Contains("data-test=\"my-dossiers-anonymous\"", await (await client.GetAsync("/my-dossiers")).Content.ReadAsStringAsync());
    }
}
