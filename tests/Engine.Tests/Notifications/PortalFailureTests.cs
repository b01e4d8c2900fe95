using System.Net;
using System.Net.Sockets;
using Workflow.Engine.Localization;
using Workflow.Engine.Notifications.Portal;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>A portal that cannot be reached, or does not answer, is told to the administrator in their language.</summary>
public sealed class PortalFailureTests
{
    [Fact]
    public async Task A_portal_nobody_listens_on_is_kept_as_unreachable_and_read_as_a_vietnamese_sentence()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var http = new HttpClient();
        var sender = new HttpPortalSender(http, new PortalOptions { Endpoint = new Uri($"http://127.0.0.1:{port}/hoso"), Timeout = TimeSpan.FromSeconds(5) });

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendAsync("k-1", "{}"));

        Assert.StartsWith("Không kết nối được tới Cổng (", PortalFailure.Describe(failure.Message, Text.Vietnamese), StringComparison.Ordinal);
        Assert.StartsWith("Could not connect to the portal (", PortalFailure.Describe(failure.Message, Text.English), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_that_accepts_but_never_answers_is_kept_as_a_timeout()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            using var http = new HttpClient();
            var sender = new HttpPortalSender(http, new PortalOptions { Endpoint = new Uri($"http://127.0.0.1:{port}/hoso"), Timeout = TimeSpan.FromSeconds(1) });

            var failure = await Assert.ThrowsAsync<TimeoutException>(() => sender.SendAsync("k-2", "{}"));

            Assert.Equal("Cổng không trả lời trong 1 giây.", PortalFailure.Describe(failure.Message, Text.Vietnamese));
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void A_receivers_own_answer_is_shown_as_it_said_it() =>
        Assert.Equal("HTTP 500 Internal Server Error: Hệ thống đang bảo trì", PortalFailure.Describe("HTTP 500 Internal Server Error: Hệ thống đang bảo trì", Text.Vietnamese));
}
