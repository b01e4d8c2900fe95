using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Server.Authentication;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>
/// Guessing passwords gets slower and slower, from the guesser's address only: an officer cannot be
/// locked out by someone failing on their name elsewhere, and no answer tells a known name from an unknown one.
/// Addresses are the clients' behind the trusted proxy.
/// </summary>
public sealed partial class SignInThrottleTests(ProxiedServerFactory server) : IClassFixture<ProxiedServerFactory>
{
    private const string Wrong = "Sai@12345";
    private const string Right = Seeding.DemoAccounts.Password;
    private const int FreeFailures = 5;

    [Fact]
    public async Task Known_unknown_and_disabled_names_get_the_same_answers_when_wrong_and_when_throttled()
    {
        server.ForgetTokens();
        var admin = await server.ClientAsAsync("quantri");
        var created = await admin.PostJsonAsync("/api/admin/users", new { userName = "cb.vohieu", displayName = "Cán bộ đã nghỉ", password = "MatKhau@2026" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostJsonAsync($"/api/admin/users/{(await created.ReadAsync()).Text("id")}/disable", new { })).StatusCode);
        var client = server.Via("203.0.113.10");

        var answers = new Dictionary<string, (List<string> Wrong, string Throttled, string? RetryAfter, string RightWhileThrottled)>();
        foreach (var (name, password) in new[] { ("kiemtra", Right), ("khong.co.ai", Right), ("cb.vohieu", "MatKhau@2026") })
        {
            var wrong = new List<string>();
            for (var i = 0; i < FreeFailures; i++)
            {
                wrong.Add(await AnswerAsync(await SignInAsync(client, name, Wrong)));
            }

            var throttled = await SignInAsync(client, name, Wrong);
            var right = await SignInAsync(client, name, password);
            answers[name] = (wrong, await AnswerAsync(throttled), throttled.Headers.RetryAfter?.ToString(), await AnswerAsync(right));
        }

        var known = answers["kiemtra"];
        Assert.All(known.Wrong, answer => Assert.StartsWith("401 {\"code\":\"sign-in-failed\",\"detail\":\"Tên đăng nhập hoặc mật khẩu không đúng.\"", answer));
        Assert.StartsWith("429 {\"code\":\"sign-in-throttled\",\"detail\":\"Đã đăng nhập sai nhiều lần với tên này từ máy của bạn; đợi 2 giây rồi thử lại", known.Throttled);
        Assert.Equal("2", known.RetryAfter);
        Assert.Equal(known.Throttled, known.RightWhileThrottled);
        foreach (var other in new[] { "khong.co.ai", "cb.vohieu" })
        {
            Assert.Equal(known.Wrong, answers[other].Wrong);
            Assert.Equal(known.Throttled, answers[other].Throttled);
            Assert.Equal(known.RetryAfter, answers[other].RetryAfter);
            Assert.Equal(known.RightWhileThrottled, answers[other].RightWhileThrottled);
        }

        // Only whoever knows the password learns that the account is disabled.
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var disabled = await SignInAsync(client, "cb.vohieu", "MatKhau@2026");
        Assert.Equal(HttpStatusCode.Forbidden, disabled.StatusCode);
        Assert.Equal("account-disabled", (await disabled.ReadAsync()).Text("code"));
    }

    [Fact]
    public async Task Failing_from_one_address_never_keeps_the_officer_out_from_another()
    {
        var attacker = server.Via("198.51.100.20");
        for (var failures = 0; failures < 12;)
        {
            var answer = await SignInAsync(attacker, "chuyenvien.soxd", Wrong);
            if (answer.StatusCode == HttpStatusCode.TooManyRequests)
            {
                server.Clock.Advance(answer.Headers.RetryAfter!.Delta!.Value);
                continue;
            }

            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            failures++;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(attacker, "chuyenvien.soxd", Right)).StatusCode);
        var officer = server.Via("198.51.100.21");
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(officer, "chuyenvien.soxd", Wrong)).StatusCode);
        var signedIn = await SignInAsync(officer, "chuyenvien.soxd", Right);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.False(string.IsNullOrEmpty((await signedIn.ReadAsync()).Text("accessToken")));
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_wait_up_to_fifteen_minutes_and_Retry_After_is_exactly_the_wait()
    {
        var guesser = server.Via("198.51.100.30");
        guesser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(guesser, "ai.do", Wrong)).StatusCode);
        }

        var waits = new List<int>();
        while (waits.Count < 2 || waits[^2] != waits[^1])
        {
            var refused = await SignInAsync(guesser, "ai.do", Wrong);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            var wait = (int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
            var expected = wait < 120 ? $"wait {wait} seconds" : $"wait {(wait + 59) / 60} minutes";
            Assert.Contains(expected, (await refused.ReadAsync()).Text("detail"));
            waits.Add(wait);

            server.Clock.Advance(TimeSpan.FromSeconds(wait - 1));
            var early = await SignInAsync(guesser, "ai.do", Wrong);
            Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), early.Headers.RetryAfter!.Delta);
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(guesser, "ai.do", Wrong)).StatusCode);
        }

        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900], waits);
    }

    [Fact]
    public async Task A_burst_of_simultaneous_guesses_gets_no_more_tries_than_guesses_one_by_one()
    {
        var guesser = server.Via("198.51.100.35");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SignInAsync(guesser, "ai.khac", Wrong)));

        var checkedTries = answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized);
        Assert.InRange(checkedTries, 1, FreeFailures);
        Assert.Equal(20 - checkedTries, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task A_right_password_gives_the_address_its_free_tries_back()
    {
        var officer = server.Via("198.51.100.40");
        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(officer, "thue.hoaan", Wrong)).StatusCode);
        }

        server.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(officer, "thue.hoaan", Right)).StatusCode);

        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(officer, "thue.hoaan", Wrong)).StatusCode);
        }

        var throttled = await SignInAsync(officer, "thue.hoaan", Wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task The_cookie_sign_in_and_the_sign_in_page_count_the_same_failures_as_the_token()
    {
        var browser = server.Via("198.51.100.50", scheme: "http", cookies: true);
        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(browser, "giamdoc.vpdk", Wrong)).StatusCode);
        }

        await browser.TakeAntiforgeryTokenAsync();
        var cookie = await browser.PostAsJsonAsync("/account/login", new { userName = "giamdoc.vpdk", password = Right });
        Assert.Equal(HttpStatusCode.TooManyRequests, cookie.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), cookie.Headers.RetryAfter!.Delta);
        Assert.Equal("sign-in-throttled", (await cookie.ReadAsync()).Text("code"));

        var form = await (await browser.GetAsync("/signin")).Content.ReadAsStringAsync();
        var page = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = FormToken().Match(form).Groups["token"].Value,
            ["Input.UserName"] = "giamdoc.vpdk",
            ["Input.Password"] = Right,
        }));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), page.Headers.RetryAfter!.Delta);
        Assert.Contains("đợi 2 giây rồi thử lại", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Past_the_names_ceiling_failing_addresses_lose_their_free_tries_but_a_clean_address_signs_in_at_once()
    {
        for (var i = 1; i <= ProxiedServerFactory.AccountCeiling; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(server.Via($"198.51.101.{i}"), "diachinh.tanphumy", Wrong)).StatusCode);
        }

        var throttled = await SignInAsync(server.Via("198.51.101.1"), "diachinh.tanphumy", Wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(server.Via("198.51.101.200"), "diachinh.tanphumy", Right)).StatusCode);
        var mistyping = server.Via("198.51.101.201");
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(mistyping, "diachinh.tanphumy", Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(mistyping, "diachinh.tanphumy", Right)).StatusCode);
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(mistyping, "diachinh.tanphumy", Right)).StatusCode);
    }

    [Fact]
    public async Task The_counts_name_no_address_or_user_and_are_forgotten_a_day_after_the_last_failure()
    {
        var guesser = server.Via("198.51.100.90");
        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(guesser, "lanhdao.hoaan", Wrong)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(guesser, "lanhdao.hoaan", Wrong)).StatusCode);
        Assert.All(await FailureRowsAsync(), row => Assert.Matches("^[0-9a-f]{64}$", row.Key));

        server.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(server.Via("198.51.100.91"), "lanhdao.hoaan", Wrong)).StatusCode);

        // Every older row went with that failure: only its own address's and its name's remain.
        var rows = await FailureRowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(1, row.Failures));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(guesser, "lanhdao.hoaan", Wrong)).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    /// <summary>Status and body as a client sees them, without the per-request trace id, members in order.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.ReadAsync();
        var members = body.EnumerateObject().Where(p => p.Name != "traceId").OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(p => p.Name, p => p.Value);
        return $"{(int)response.StatusCode} {JsonSerializer.Serialize(members, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}";
    }

    private async Task<List<SignInFailureRecord>> FailureRowsAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServerIdentityDbContext>().SignInFailures.AsNoTracking().ToListAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex FormToken();
}
