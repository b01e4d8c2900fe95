using System.Net;
using System.Net.Http.Headers;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>An address that matches nothing: a browser gets a page it can read, an API client ProblemDetails.</summary>
public sealed class UnknownAddressTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData(null, "Không tìm thấy trang", "Về trang chủ")]
    [InlineData("en", "Page not found", "Back to the home page")]
    public async Task A_browser_asking_for_an_unknown_page_gets_a_page_in_its_language_with_the_404_status(string? language, string heading, string link)
    {
        var browser = await server.ClientAsAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/khong-co-trang-nay");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (language is not null)
        {
            // Pages take their language from the switch's cookie, as a browser sends it after choosing English.
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");
        }

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains(link, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Status Code", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_client_gets_problem_details_for_an_unknown_address_even_when_it_accepts_html()
    {
        var client = await server.ClientAsAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/khong-co");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("not-found", (await response.ReadAsync()).Text("code"));
        var plain = await client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal("application/problem+json", plain.Content.Headers.ContentType?.MediaType);
    }
}
