using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Notifications;
using Workflow.Engine.Notifications.Portal;
using Workflow.Engine.Runtime.States;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The national portal connector against a real HTTP receiver on loopback: every dossier's status
/// changes arrive in order per dossier, each message with one idempotency key over all its attempts;
/// while the receiver is down, failing or slow nothing is lost and nothing overtakes; a node stopping
/// between send and acknowledgement (simulated in-process: its lease runs out and another node sends)
/// makes a copy with the same key, never a loss; administrators see what failed and resend it.
/// </summary>
public sealed class PortalConnectorTests : IClassFixture<PortalServerFactory>
{
    private readonly PortalServerFactory server;

    public PortalConnectorTests(PortalServerFactory server)
    {
        this.server = server;
        // Whatever a test before left it as.
        server.Portal.Up();
    }

    private LoopbackPortal Portal => server.Portal;

    private PortalFeed Feed => server.Services.GetRequiredService<PortalFeed>();

    private OutboxDispatcher Dispatcher => server.Services.GetRequiredService<OutboxDispatcher>();

    [Fact]
    public async Task Each_status_change_reaches_the_portal_in_order_with_its_key_and_the_dossiers_record()
    {
        var first = await ReceiveAsync("Tiệm may An");
        var second = await ReceiveAsync("Tiệm tạp hóa Bình");
        await WithdrawAsync(first.Id);

        await Feed.FeedAsync();
        await Dispatcher.DispatchOnceAsync();

        foreach (var dossier in new[] { first, second })
        {
            var messages = await MessagesAsync(dossier.Id);
            Assert.NotEmpty(messages);
            Assert.All(messages, m => Assert.Equal(OutboxStatus.Sent, m.Status));
            var arrived = Portal.Taken.Where(r => r.DossierCode == dossier.Code).ToList();
            Assert.Equal(messages.Select(m => m.Subject), arrived.Select(r => r.Key));
            Assert.All(arrived, r => Assert.Equal($"{dossier.Code}/{r.Sequence:D10}", r.Key));
            Assert.All(arrived, r => Assert.Equal(PortalServerFactory.Token, r.Credentials));
            Assert.Equal(arrived.Select(r => r.Sequence).Order(), arrived.Select(r => r.Sequence));
        }

        var last = Portal.Taken.Last(r => r.DossierCode == first.Code).Body;
        Assert.Equal("status", last.GetProperty("kind").GetString());
        Assert.Equal(7, last.GetProperty("update").GetProperty("status").GetInt32());
        Assert.Equal(7, last.GetProperty("dossier").GetProperty("status").GetInt32());
        Assert.Equal(first.Code, last.GetProperty("dossier").GetProperty("dossierCode").GetString());
        Assert.Equal("Nguyễn Văn An", last.GetProperty("dossier").GetProperty("applicant").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_receiver_down_failing_or_slow_loses_nothing_and_lets_nothing_overtake()
    {
        Portal.Down();
        var dossier = await ReceiveAsync("Quán cơm Cúc");
        await WithdrawAsync(dossier.Id);
        await Feed.FeedAsync();

        // Down: the first message is tried and fails; the later ones wait behind it, untried.
        await Dispatcher.DispatchOnceAsync();
        var messages = await MessagesAsync(dossier.Id);
        Assert.True(messages.Count >= 2);
        Assert.Equal(1, messages[0].Attempts);
        Assert.NotNull(messages[0].LastError);
        Assert.All(messages.Skip(1), m => Assert.Equal(0, m.Attempts));

        // Back, but answering 500: retried after the backoff, then marked failed with the answer.
        Portal.Up();
        Portal.Failing = "Hệ thống đang bảo trì";
        for (var attempt = 2; attempt <= 3; attempt++)
        {
            Advance(TimeSpan.FromHours(1));
            await Dispatcher.DispatchOnceAsync();
        }

        var admin = await server.ClientAsAsync("quantri");
        var failed = await (await admin.GetAsync("/api/admin/portal/messages?status=failed")).ReadAsync();
        var line = failed.GetProperty("items").EnumerateArray().Single(m => m.Text("key") == messages[0].Subject);
        Assert.Contains("500", line.Text("lastError"));
        Assert.Contains("Hệ thống đang bảo trì", line.Text("lastError"));
        Assert.Equal(3, line.GetProperty("attempts").GetInt32());
        Assert.DoesNotContain(Portal.Taken, r => r.DossierCode == dossier.Code);
        Assert.All((await MessagesAsync(dossier.Id)).Skip(1), m => Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts)));

        // Resent while the receiver answers after the sender's timeout: taken there, but a failure here, so sent again.
        Portal.Failing = null;
        Portal.Delay = TimeSpan.FromSeconds(3);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/portal/messages/{messages[0].Id}/resend", null)).StatusCode);
        await Dispatcher.DispatchOnceAsync();
        Assert.Equal(OutboxStatus.Pending, (await MessagesAsync(dossier.Id))[0].Status);

        Portal.Delay = TimeSpan.Zero;
        Advance(TimeSpan.FromHours(1));
        await Dispatcher.DispatchOnceAsync();

        Assert.All(await MessagesAsync(dossier.Id), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var arrived = Portal.Taken.Where(r => r.DossierCode == dossier.Code).ToList();
        Assert.Equal(messages.Select(m => m.Subject), arrived.Select(r => r.Key).Distinct());
        Assert.Equal(2, arrived.Count(r => r.Key == messages[0].Subject));
        Assert.All(arrived.GroupBy(r => r.Key), copies => Assert.Single(copies.Select(c => c.Body.GetRawText()).Distinct()));
    }

    [Fact]
    public async Task A_node_stopping_between_send_and_acknowledgement_loses_nothing_and_repeats_only_the_same_key()
    {
        var dossier = await ReceiveAsync("Tiệm sửa xe Dũng");
        await WithdrawAsync(dossier.Id);
        await Feed.FeedAsync();
        var messages = await MessagesAsync(dossier.Id);
        var options = server.Services.GetRequiredService<OutboxOptions>();

        // Node A sends the first message; the receiver takes it and A never hears back (it has stopped).
        Portal.HoldNext = true;
        using var stopped = new CancellationTokenSource();
        using var http = new HttpClient();
        var nodeA = new OutboxDispatcher(server.Database, server.Clock, null, null, options,
            portal: new HttpPortalSender(http, new PortalOptions { Endpoint = Portal.Endpoint, Timeout = TimeSpan.FromMinutes(5) }));
        var sending = nodeA.DispatchOnceAsync(stopped.Token);
        await WaitUntilAsync(() => Portal.Requests.Any(r => r.Key == messages[0].Subject));

        // Node B: nothing of the dossier goes while A's lease holds; after it, B sends the same message again and the rest in order.
        await Dispatcher.DispatchOnceAsync();
        Assert.Single(Portal.Requests, r => r.Key == messages[0].Subject);
        Assert.DoesNotContain(Portal.Requests, r => r.Key == messages[1].Subject);
        Advance(options.Lease + TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchOnceAsync();

        stopped.Cancel();
        Portal.Release();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        Assert.All(await MessagesAsync(dossier.Id), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var arrived = Portal.Taken.Where(r => r.DossierCode == dossier.Code).Select(r => r.Key).ToList();
        Assert.Equal(messages.Select(m => m.Subject), arrived.Distinct());
        Assert.Equal(messages.Count + 1, arrived.Count);
        Assert.Equal(2, arrived.Count(k => k == messages[0].Subject));
    }

    [Fact]
    public async Task Reconciliation_writes_again_what_the_outbox_lost_with_the_same_keys()
    {
        var dossier = await ReceiveAsync("Tiệm hoa Mai");
        await Feed.FeedAsync();
        await Dispatcher.DispatchOnceAsync();
        var sent = await MessagesAsync(dossier.Id);
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var takenBefore = sent.ToDictionary(m => m.Subject, m => Portal.Taken.Count(r => r.Key == m.Subject));
        await using (var db = server.Database.Create())
        {
            await db.Outbox.Where(m => m.DossierId == dossier.Id).ExecuteDeleteAsync();
        }

        var admin = await server.ClientAsAsync("quantri");
        var answer = await (await admin.PostAsync("/api/admin/portal/reconcile", null)).ReadAsync();

        Assert.True(answer.GetProperty("behind").GetInt32() >= 1);
        Assert.True(answer.GetProperty("written").GetInt32() >= sent.Count);
        var written = await MessagesAsync(dossier.Id);
        Assert.Equal(sent.Select(m => (m.Id, m.Subject)), written.Select(m => (m.Id, m.Subject)));
        await Dispatcher.DispatchOnceAsync();
        Assert.All(await MessagesAsync(dossier.Id), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.All(sent, m => Assert.Equal(takenBefore[m.Subject] + 1, Portal.Taken.Count(r => r.Key == m.Subject)));
    }

    [Fact]
    public async Task Administrators_see_the_procedures_without_a_national_code_and_only_they_see_the_messages()
    {
        var admin = await server.ClientAsAsync("quantri");

        var unmapped = await (await admin.GetAsync("/api/admin/portal/procedures-without-code")).ReadAsync();

        Assert.Contains(unmapped.EnumerateArray(), p => p.Text("procedureId") == "building-permit-house");
        Assert.DoesNotContain(unmapped.EnumerateArray(), p => p.Text("procedureId") == "business-household-registration");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientAsAsync("kiemtra")).GetAsync("/api/admin/portal/messages")).StatusCode);
        await ProblemAssert.FieldAsync(await admin.GetAsync("/api/admin/portal/messages?status=lost"), HttpStatusCode.BadRequest, "status");
        var missing = Guid.NewGuid();
        var notFound = await ProblemAssert.FieldAsync(await admin.PostAsync($"/api/admin/portal/messages/{missing}/resend", null), HttpStatusCode.NotFound, "messageId");
        Assert.Equal($"Không có tin gửi Cổng {missing}.", notFound.Text("detail"));
        var inEnglish = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync("quantri", "en")).GetAsync("/api/admin/portal/messages?status=lost"), HttpStatusCode.BadRequest, "status");
        Assert.StartsWith("\"status\" must be one of:", inEnglish.Text("detail"));
        foreach (var path in new[] { "/api/admin/portal/messages", "/api/admin/portal/procedures-without-code" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await (await server.ClientAsAsync(null)).GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientAsAsync("lanhdao.hoaan")).GetAsync(path)).StatusCode);
        }
    }

    private async Task<(Guid Id, string Code)> ReceiveAsync(string businessName)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var response = await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn An", phone = "0901234567" },
            data = new { businessName, members = 1 },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = await response.ReadAsync();
        // The portal gets one update per command, told apart by their instants.
        Advance(TimeSpan.FromMinutes(1));
        return (Guid.Parse(received.Text("dossierId")), received.Text("code"));
    }

    private async Task WithdrawAsync(Guid dossierId)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var response = await desk.PostJsonAsync($"/api/desk/dossiers/{dossierId}/withdraw", new { reason = "Công dân xin rút hồ sơ" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Advance(TimeSpan.FromMinutes(1));
    }

    private async Task<List<Workflow.Engine.Persistence.Entities.OutboxMessageRecord>> MessagesAsync(Guid dossierId)
    {
        await using var db = server.Database.Create();
        return (await db.Outbox.AsNoTracking().Where(m => m.DossierId == dossierId && m.RecipientKind == RecipientKind.Portal).ToListAsync())
            .OrderBy(m => m.RecipientId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Moves the clock; sign-ins made before may have run out, so each client signs in again.</summary>
    private void Advance(TimeSpan time)
    {
        server.Clock.Advance(time);
        server.ForgetTokens();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
