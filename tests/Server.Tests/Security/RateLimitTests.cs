using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>A client over the limit is told so, and told when to come back.</summary>
public sealed class RateLimitTests(ThrottledServerFactory server) : IClassFixture<ThrottledServerFactory>
{
    [Fact]
    public async Task Past_the_limit_the_answer_is_429_with_retry_after_and_a_sentence()
    {
        var client = await server.ClientAsAsync(null);
        for (var i = 0; i < ThrottledServerFactory.PublicPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/public/procedures")).StatusCode);
        }

        var refused = await client.GetAsync("/api/public/procedures");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("too-many-requests", (await refused.ReadAsync()).Text("code"));
    }
}
