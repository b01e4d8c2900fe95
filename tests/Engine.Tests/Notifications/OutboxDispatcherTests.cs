using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Notifications;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;
using Workflow.Testing.Support;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>The outbox is delivered through a real SMTP server on loopback, retried when the server is down.</summary>
public class OutboxDispatcherTests
{
    [Fact]
    public async Task The_citizen_and_the_unit_receive_their_messages_by_email_in_Vietnamese()
    {
        using var smtp = LoopbackSmtpServer.Start();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("signature-certification", "x-tan-phu-my");
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = smtp.Host, Port = smtp.Port, Security = "None" }), sms: null);

        var sent = await dispatcher.DispatchOnceAsync();

        await using var db = h.Database.Create();
        var expected = await db.Outbox.CountAsync();
        Assert.True(expected == sent, string.Join("\n", (await db.Outbox.AsNoTracking().ToListAsync()).Select(m => $"{m.Status} {m.Attempts} {m.NextAttemptAt:O} {m.LastError}")));
        var messages = smtp.WaitForMessages(expected, TimeSpan.FromSeconds(10));
        var accepted = Assert.Single(messages, m => (m.Subject ?? "").Contains("Hồ sơ đã được tiếp nhận"));
        Assert.Equal("minhthu@example.vn", accepted.To.Mailboxes.Single().Address);
        Assert.Contains("Kính gửi Nguyễn Thị Minh Thư", accepted.TextBody);
        Assert.Contains((await h.DossierAsync(d.DossierId)).Code, accepted.Subject);
        var toUnit = Assert.Single(messages, m => (m.Subject ?? "").Contains("Hồ sơ mới cần xử lý"));
        Assert.Contains(toUnit.To.Mailboxes, m => m.Address == "civil-status-officer.x-tan-phu-my@example.vn");
        Assert.All(await db.Outbox.ToListAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_message_that_cannot_be_sent_is_retried_later_and_sent_once()
    {
        var port = LoopbackSmtpServer.FreePort();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        await h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            new ApplicantInfo("Võ Thị Sáu", Email: "sau@example.vn"), Decision: IntakeDecision.Refuse, Reason: "Văn bản cần ký có nội dung trái pháp luật"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None", Timeout = TimeSpan.FromSeconds(5) }), sms: null,
            logger: h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());

        Assert.Equal(0, await dispatcher.DispatchOnceAsync());
        await using (var db = h.Database.Create())
        {
            var waiting = await db.Outbox.SingleAsync();
            Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
            Assert.NotNull(waiting.LastError);

            // The failure is logged with the message's ids and the retry instant, not with the citizen's address.
            var failed = Assert.Single(h.Logs.Entries, e => e.EventId.Name == "DeliveryFailed");
            Assert.Equal(LogLevel.Warning, failed.Level);
            Assert.Equal((waiting.Id, waiting.Topic, waiting.DossierId, 1, waiting.NextAttemptAt),
                (failed.Fields["MessageId"], failed.Fields["Topic"], failed.Fields["DossierId"], failed.Fields["Attempt"], failed.Fields["RetryAt"]));
            Assert.DoesNotContain("sau@example.vn", failed.Message);
            Assert.DoesNotContain("Võ Thị Sáu", failed.Message);
        }

        using var smtp = LoopbackSmtpServer.Start(port);
        Assert.Equal(0, await dispatcher.DispatchOnceAsync());
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync());
        Assert.Equal(0, await dispatcher.DispatchOnceAsync());

        var message = Assert.Single(smtp.WaitForMessages(1, TimeSpan.FromSeconds(10)));
        Assert.Contains("Văn bản cần ký có nội dung trái pháp luật", message.TextBody);
    }

    [Fact]
    public async Task A_message_in_flight_when_the_node_stops_is_given_back_and_sent_by_the_next_node()
    {
        // A mail server that takes the connection (the kernel completes it in the listen backlog) and never greets:
        // the delivery hangs until the node stops. Accepting it here would hand the socket to an unreferenced
        // client whose finalizer may close it mid-test, and the delivery would fail instead of hanging.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        await h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            new ApplicantInfo("Võ Thị Sáu", Email: "sau@example.vn"), Decision: IntakeDecision.Refuse, Reason: "Văn bản cần ký có nội dung trái pháp luật"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        var stopping = new OutboxDispatcher(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None" }), sms: null,
            logger: h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping.DispatchOnceAsync(stop.Token));

        await using (var db = h.Database.Create())
        {
            var message = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal((OutboxStatus.Pending, 0), (message.Status, message.Attempts));
            Assert.True(message.NextAttemptAt <= h.Clock.GetUtcNow().UtcDateTime, "given back for now, not at the end of the lease");
        }

        Assert.Single(h.Logs.Entries, e => e.EventId.Name == "GivenBack");
        using var smtp = LoopbackSmtpServer.Start();
        var next = new OutboxDispatcher(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = smtp.Host, Port = smtp.Port, Security = "None" }), sms: null);
        Assert.Equal(1, await next.DispatchOnceAsync());
        Assert.Contains("Văn bản cần ký có nội dung trái pháp luật", Assert.Single(smtp.WaitForMessages(1, TimeSpan.FromSeconds(10))).TextBody);
    }

    [Fact]
    public async Task A_node_stopping_after_its_lease_ran_out_leaves_the_lease_another_node_took()
    {
        // A mail server that accepts connections and never greets: both deliveries hang.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        await h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            new ApplicantInfo("Võ Thị Sáu", Email: "sau@example.vn"), Decision: IntakeDecision.Refuse, Reason: "Văn bản cần ký có nội dung trái pháp luật"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        OutboxDispatcher Hanging() => new(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None" }), sms: null,
            logger: h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        using var stopFirst = new CancellationTokenSource();
        using var stopSecond = new CancellationTokenSource();

        var first = Task.Run(() => Hanging().DispatchOnceAsync(stopFirst.Token));
        await Eventually.TrueAsync(() => Attempts(h) == 1);

        // The first node's lease runs out while it still waits on the server; a second node takes the message.
        h.Clock.Advance(new OutboxOptions().Lease + TimeSpan.FromMinutes(1));
        var second = Task.Run(() => Hanging().DispatchOnceAsync(stopSecond.Token));
        await Eventually.TrueAsync(() => Attempts(h) == 2);
        var secondLease = await NextAttemptAsync(h);

        await stopFirst.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        Assert.Equal(2, Attempts(h));
        Assert.Equal(secondLease, await NextAttemptAsync(h));
        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "GivenBack");
        Assert.Single(h.Logs.Entries, e => e.EventId.Name == "LeaseAlreadyTaken");

        // The second node, stopping in turn, gives back its own lease.
        await stopSecond.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(1, Attempts(h));
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime, await NextAttemptAsync(h));
    }

    [Fact]
    public async Task A_running_dispatcher_logs_a_failed_pass_and_sends_once_the_database_is_back()
    {
        using var smtp = LoopbackSmtpServer.Start();
        var outage = new DatabaseOutage();
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            new ApplicantInfo("Võ Thị Sáu", Email: "sau@example.vn"), Decision: IntakeDecision.Refuse, Reason: "Văn bản cần ký có nội dung trái pháp luật"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        var options = new OutboxOptions();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, new SmtpEmailSender(new SmtpOptions { Host = smtp.Host, Port = smtp.Port, Security = "None" }), sms: null, options,
            h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        using var stop = new CancellationTokenSource();
        outage.Down = true;

        var running = Task.Run(() => dispatcher.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => h.Logs.Entries.Any(e => e.EventId.Name == "PassFailed"));
        var failed = h.Logs.Entries.First(e => e.EventId.Name == "PassFailed");
        Assert.Equal((LogLevel.Error, options.PollInterval), (failed.Level, failed.Fields["RetryDelay"]));
        Assert.Equal(0, dispatcher.Sent);

        // The loop tries again at its next poll (on the engine's clock) and sends the message.
        outage.Down = false;
        for (var step = 0; step < 40 && dispatcher.Sent == 0; step++)
        {
            h.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        Assert.Contains("Văn bản cần ký có nội dung trái pháp luật", Assert.Single(smtp.WaitForMessages(1, TimeSpan.FromSeconds(10))).TextBody);
        Assert.Equal(1, dispatcher.Sent);
        await stop.CancelAsync();
        await running;
        await using var db = h.Database.Create();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.AsNoTracking().SingleAsync()).Status);
    }

    private static int Attempts(EngineHarness h)
    {
        using var db = h.Database.Create();
        return db.Outbox.AsNoTracking().Single().Attempts;
    }

    private static async Task<DateTime> NextAttemptAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        return (await db.Outbox.AsNoTracking().SingleAsync()).NextAttemptAt;
    }
}
