using System.Net;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Whatever reaches the sign-in and the language switch, the answer is a 4xx ProblemDetails naming the input at fault, never a 500.</summary>
public sealed class SignInInputTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    public static TheoryData<string, string> BrokenLoginBodies => new()
    {
        { "{\"a\":", "a" },
        { "[]", "body" },
        { "1", "body" },
        { "", "body" },
        { "{\"userName\":123, \"password\":\"x\"}", "userName" },
    };

    [Theory]
    [MemberData(nameof(BrokenLoginBodies))]
    public async Task A_sign_in_body_that_is_not_a_json_object_is_refused_with_the_field(string body, string field)
    {
        var browser = await server.BrowserWithTokenAsync();

        var response = await browser.PostAsync("/account/login", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal("malformed-json", problem.Text("code"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=klingon")]
    public async Task A_sign_in_body_neither_json_nor_a_form_nor_in_a_known_charset_is_refused_as_unsupported(string contentType)
    {
        var browser = await server.BrowserWithTokenAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"userName\":\"kiemtra\",\"password\":\"Demo@2026\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await browser.PostAsync("/account/login", content);

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
        Assert.Equal("unsupported-media-type", problem.Text("code"));
    }

    [Theory]
    [InlineData("{\"a\":", "1", "}")]
    [InlineData("[", "", "]")]
    public async Task A_sign_in_body_nested_ten_thousand_deep_is_refused(string open, string inner, string close)
    {
        var browser = await server.BrowserWithTokenAsync();
        var body = string.Concat(Enumerable.Repeat(open, 10_000)) + inner + string.Concat(Enumerable.Repeat(close, 10_000));

        var response = await browser.PostAsync("/account/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (await response.ReadAsync()).Text("code"));
    }

    [Theory]
    [InlineData("/culture?name=en&back=/%09/evil.example", "back")]
    [InlineData("/culture?name=en&back=/inbox%0d%0aSet-Cookie:x", "back")]
    public async Task A_control_character_in_the_way_back_from_the_language_switch_is_refused(string path, string field)
    {
        var anonymous = await server.ClientAsAsync(null);

        await ProblemAssert.FieldAsync(await anonymous.GetAsync(path), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_control_character_in_the_sign_in_return_url_is_refused_and_nobody_is_signed_in()
    {
        var browser = await server.BrowserWithTokenAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "kiemtra", ["password"] = "Demo@2026", ["returnUrl"] = "/\t/evil.example" });

        var response = await browser.PostAsync("/account/login", form);

        await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, "returnUrl");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("workflow.auth=", StringComparison.Ordinal)));
    }
}
