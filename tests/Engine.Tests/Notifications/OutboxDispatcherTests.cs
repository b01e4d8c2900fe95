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
        // The citizen's text message is an outbox message of its own; with no SMS gateway it waits, untried.
        var textOnly = await db.Outbox.AsNoTracking().SingleAsync(m => m.RecipientKind == RecipientKind.Citizen && m.Email == null);
        Assert.Equal(("0912345678", OutboxStatus.Pending, 0), (textOnly.Phone, textOnly.Status, textOnly.Attempts));
        var byEmail = await db.Outbox.AsNoTracking().Where(m => m.Id != textOnly.Id).ToListAsync();
        var expected = byEmail.Count;
        Assert.True(expected == sent, string.Join("\n", byEmail.Select(m => $"{m.Status} {m.Attempts} {m.NextAttemptAt:O} {m.LastError}")));
        var messages = smtp.WaitForMessages(expected, TimeSpan.FromSeconds(10));
        // Each email carries its outbox message's id as Message-ID, the same at every attempt.
        Assert.True(byEmail.Select(m => $"{m.Id:N}@localhost").ToHashSet().SetEquals(messages.Select(m => m.MessageId ?? "")));
        var accepted = Assert.Single(messages, m => (m.Subject ?? "").Contains("Hồ sơ đã được tiếp nhận"));
        Assert.Equal("minhthu@example.vn", accepted.To.Mailboxes.Single().Address);
        Assert.Contains("Kính gửi Nguyễn Thị Minh Thư", accepted.TextBody);
        Assert.Contains((await h.DossierAsync(d.DossierId)).Code, accepted.Subject);
        var toUnit = Assert.Single(messages, m => (m.Subject ?? "").Contains("Hồ sơ mới cần xử lý"));
        Assert.Contains(toUnit.To.Mailboxes, m => m.Address == "civil-status-officer.x-tan-phu-my@example.vn");
        Assert.All(await db.Outbox.Where(m => m.Id != textOnly.Id).ToListAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_delivered_in_one_pass()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        for (var i = 0; i < 5; i++)
        {
            await RefuseAsync(h, new ApplicantInfo($"Người nộp {i}", Phone: $"090900000{i}"));
        }

        var sms = new RecordingSmsSender();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, email: null, sms, new OutboxOptions { BatchSize = 2 });

        // Batches of two follow each other at once, without waiting for the next poll.
        Assert.Equal(5, await dispatcher.DispatchOnceAsync());
        Assert.Equal(5, sms.Sent.Select(m => m.Phone).Distinct().Count());
    }

    [Fact]
    public async Task A_message_sent_while_the_database_fails_is_recorded_sent_once_it_is_back_and_not_sent_again()
    {
        // Only the statement that marks a message sent fails: the text message goes out, its outcome cannot be written.
        var outage = new DatabaseOutage { Affects = sql => sql.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && sql.Contains("\"SentAt\"", StringComparison.Ordinal) };
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await RefuseAsync(h, new ApplicantInfo("Võ Thị Sáu", Phone: "0909123456"));
        var sms = new RecordingSmsSender();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, email: null, sms, logger: h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        outage.Down = true;

        await Assert.ThrowsAnyAsync<Exception>(() => dispatcher.DispatchOnceAsync());

        var sent = Assert.Single(sms.Sent);
        var held = await SingleMessageAsync(h);
        Assert.Equal((OutboxStatus.Pending, 1, sent.OutboxId), (held.Status, held.Attempts, (Guid?)held.Id));
        Assert.Single(h.Logs.Entries, e => e.EventId.Name == "OutcomeNotRecorded");

        outage.Down = false;
        Assert.Equal(0, await dispatcher.DispatchOnceAsync());

        Assert.Single(sms.Sent);
        var recorded = await SingleMessageAsync(h);
        Assert.Equal((OutboxStatus.Sent, 1), (recorded.Status, recorded.Attempts));
        Assert.Single(h.Logs.Entries, e => e.EventId.Name == "RecordedSent");
        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "DeliveryFailed");
    }

    [Fact]
    public async Task A_message_whose_recipients_cannot_be_read_is_given_back_uncharged_and_sent_once_the_database_is_back()
    {
        // The unit's officers are read from the database just before sending: that read fails.
        var outage = new DatabaseOutage { Affects = sql => sql.Contains("memberships", StringComparison.OrdinalIgnoreCase) };
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), interceptors: outage);
        await h.ReceiveAtDeskAsync("signature-certification", "x-tan-phu-my");
        var email = new RecordingEmailSender();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, email, sms: null, logger: h.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        outage.Down = true;

        await Assert.ThrowsAnyAsync<Exception>(() => dispatcher.DispatchOnceAsync());
        outage.Down = false;
        await dispatcher.DispatchOnceAsync();

        await using var db = h.Database.Create();
        var toUnit = await db.Outbox.AsNoTracking().SingleAsync(m => m.RecipientKind == RecipientKind.Unit);
        Assert.Equal((OutboxStatus.Sent, 1), (toUnit.Status, toUnit.Attempts));
        Assert.Single(email.Sent, m => m.OutboxId == toUnit.Id);
        Assert.Single(h.Logs.Entries, e => e.EventId.Name == "GivenBack");
        Assert.DoesNotContain(h.Logs.Entries, e => e.EventId.Name == "DeliveryFailed");
    }

    [Fact]
    public async Task While_the_text_gateway_is_down_the_citizen_gets_the_email_once_and_the_text_is_retried_with_doubling_waits()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        await RefuseAsync(h, new ApplicantInfo("Võ Thị Sáu", Phone: "0909123456", Email: "sau@example.vn"));
        var email = new RecordingEmailSender();
        var sms = new RecordingSmsSender { Down = true };
        var options = new OutboxOptions();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, email, sms, options);

        var attemptsAt = new List<DateTime>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            attemptsAt.Add(h.Clock.GetUtcNow().UtcDateTime);
            await dispatcher.DispatchOnceAsync();
            var text = await TextMessageAsync(h);
            Assert.Equal((OutboxStatus.Pending, attempt), (text.Status, text.Attempts));
            // The next attempt waits 1, 2, then 4 minutes.
            Assert.Equal(options.RetryDelay * Math.Pow(2, attempt - 1), text.NextAttemptAt - attemptsAt[^1]);
            h.Clock.SetUtcNow(new DateTimeOffset(text.NextAttemptAt, TimeSpan.Zero));
        }

        sms.Down = false;
        Assert.Equal(1, await dispatcher.DispatchOnceAsync());
        Assert.Equal((OutboxStatus.Sent, 4), ((await TextMessageAsync(h)).Status, (await TextMessageAsync(h)).Attempts));
        Assert.Single(sms.Sent);
        Assert.Equal("sau@example.vn", Assert.Single(email.Sent).To.Single());
    }

    private static Task RefuseAsync(EngineHarness h, ApplicantInfo applicant) =>
        h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            applicant, Decision: IntakeDecision.Refuse, Reason: "Văn bản cần ký có nội dung trái pháp luật"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));

    private static async Task<Workflow.Engine.Persistence.Entities.OutboxMessageRecord> SingleMessageAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        return await db.Outbox.AsNoTracking().SingleAsync();
    }

    private static async Task<Workflow.Engine.Persistence.Entities.OutboxMessageRecord> TextMessageAsync(EngineHarness h)
    {
        await using var db = h.Database.Create();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Email == null);
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
