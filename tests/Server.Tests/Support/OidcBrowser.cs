using System.Net;
using System.Text.RegularExpressions;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// What a browser does during an OpenID Connect sign-in, across two sites: it follows redirects,
/// sending each request to the server under test or to the identity provider (over real HTTP), and
/// submits the provider's self-posting form (<c>form_post</c>). The site client keeps the cookies.
/// </summary>
public sealed partial class OidcBrowser(HttpClient site, string providerAuthority) : IDisposable
{
    private readonly HttpClient _provider = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>Every answer the site gave on the way, e.g. to read the cookies it set.</summary>
    public List<HttpResponseMessage> SiteAnswers { get; } = [];

    /// <summary>Starts at <paramref name="path"/> on the site and follows the sign-in until the site answers by itself (its redirect to the return address, or a page).</summary>
    public async Task<HttpResponseMessage> GoAsync(string path)
    {
        var response = await SendAsync(HttpMethod.Get, new Uri(site.BaseAddress!, path), null);
        for (var hops = 0; hops < 10; hops++)
        {
            var from = response.RequestMessage!.RequestUri!;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect)
            {
                var to = new Uri(from, response.Headers.Location!);
                // The site sending the browser to one of its own pages ends the sign-in: that answer is the test's to read.
                if (!IsProvider(from) && !IsProvider(to))
                {
                    return response;
                }

                response = await SendAsync(HttpMethod.Get, to, null);
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            if (IsProvider(from) && FormAction().Match(body) is { Success: true } form)
            {
                var fields = HiddenField().Matches(body).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
                response = await SendAsync(HttpMethod.Post, new Uri(WebUtility.HtmlDecode(form.Groups[1].Value)), new FormUrlEncodedContent(fields));
                continue;
            }

            return response;
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    private bool IsProvider(Uri uri) => uri.GetLeftPart(UriPartial.Authority) == providerAuthority;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        if (IsProvider(uri))
        {
            return await _provider.SendAsync(request);
        }

        var answer = await site.SendAsync(request);
        SiteAnswers.Add(answer);
        return answer;
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    public void Dispose() => _provider.Dispose();
}
