using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Server.Authentication;
using Workflow.Server.Security;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Sessions that were never signed out do not pile up: an account's sessions older than the maximum age go when it signs in again.</summary>
public sealed class SessionPruningTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Signing_in_removes_the_accounts_sessions_past_their_maximum_age_and_keeps_recent_ones()
    {
        var anonymous = await server.ClientAsAsync(null);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "kiemtra", password = "Demo@2026" })).StatusCode);
        }

        server.Clock.Advance(SignInSessions.MaxAge + TimeSpan.FromDays(1));
        var recent = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "kiemtra", password = "Demo@2026" });
        var ongoing = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "kiemtra", password = "Demo@2026" });

        Assert.Equal(HttpStatusCode.OK, ongoing.StatusCode);
        Assert.Equal(2, await SessionsOfAsync("kiemtra"));
        var bearer = await server.ClientAsAsync(null);
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", (await recent.ReadAsync()).Text("accessToken"));
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);
    }

    private async Task<int> SessionsOfAsync(string userName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerIdentityDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.UserTokens.CountAsync(t => t.UserId == userId && t.LoginProvider == SignInSessions.ProviderName);
    }
}
