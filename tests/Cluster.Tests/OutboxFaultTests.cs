using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;
using Xunit.Abstractions;

namespace Workflow.Cluster.Tests;

/// <summary>
/// Outbox delivery by real server processes on PostgreSQL, to a real mail server and an HTTP SMS
/// gateway on loopback, when things fail: a node killed while it delivers, and receivers that are
/// down. Nothing is lost; what a node may have delivered before dying goes out again (at least once),
/// with the same Message-ID.
/// </summary>
public sealed class OutboxFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);

    /// <summary>Room for a loaded 2-core machine between an instant and the poll that acts on it.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Outbox__LeaseSeconds"] = Lease.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        ["Outbox__PollSeconds"] = Poll.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        ["Outbox__RetrySeconds"] = FirstRetry.TotalSeconds.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_email_whose_node_is_killed_mid_delivery_is_delivered_again_after_the_lease_and_never_lost()
    {
        await using var cluster = await TestCluster.StartAsync(1, Settings);
        var nodeA = cluster.Nodes[0];
        // The mail server stores the first message it is given, but its answer never reaches node A.
        cluster.Relay.HoldNextDataReply();
        await ReceiveAsync(cluster, new { name = "Võ Thị Sáu", email = "sau@example.vn" });
        await cluster.Relay.Held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var stored = await Eventually(() => cluster.Mail.Messages() is [var first] ? first : null, TimeSpan.FromSeconds(10));
        var heldId = Guid.ParseExact((stored.MessageId ?? "").Split('@')[0], "N");

        nodeA.KillHard();
        var killedAt = DateTime.UtcNow;
        var held = await MessageAsync(cluster, heldId);
        Assert.Equal((OutboxStatus.Pending, 1), (held.Status, held.Attempts));
        var leaseEnd = DateTime.SpecifyKind(held.NextAttemptAt, DateTimeKind.Utc);

        // Another node joins and node A comes back; once the lease ends, one of them sends the message.
        await cluster.AddNodesAsync(1);
        nodeA.Restart();
        await nodeA.WaitHealthyAsync(ServerNode.StartTimeout);
        var sent = await Eventually(async () => await MessageAsync(cluster, heldId) is { Status: OutboxStatus.Sent } m ? m : null, leaseEnd - DateTime.UtcNow + Poll + Margin + Margin);

        Assert.True(sent.SentAt >= leaseEnd, $"sent at {sent.SentAt:O}, before the dead node's lease ended at {leaseEnd:O}");
        Assert.Equal(2, sent.Attempts);
        // At least once: the copy the mail server took before the node died, and the one sent after; both with one Message-ID.
        Assert.Equal(2, cluster.Mail.Messages().Count(m => m.MessageId == stored.MessageId));
        await AllDeliveredAsync(cluster);
        output.WriteLine($"killed mid-delivery; lease {Lease.TotalSeconds} s; sent again {(sent.SentAt!.Value - killedAt).TotalSeconds:0.0} s after the kill");
    }

    [Fact]
    public async Task A_receiver_that_is_down_is_retried_with_doubling_waits_and_gets_the_message_once_it_is_back()
    {
        await using var cluster = await TestCluster.StartAsync(2, Settings);
        cluster.Sms.Down = true;
        cluster.Relay.Close();
        await ReceiveAsync(cluster, new { name = "Võ Thị Sáu", email = "sau@example.vn", phone = "0909123456" });
        var text = await Eventually(async () =>
        {
            await using var db = cluster.Database.Create();
            return await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.RecipientKind == RecipientKind.Citizen && m.Phone != null);
        }, TimeSpan.FromSeconds(10));
        var key = text.Id.ToString("N");

        // Three refused attempts at the gateway; meanwhile the mail server refuses connections.
        await Eventually(() => cluster.Sms.Requests.Count(r => r.Key == key) >= 3 ? "" : null, FirstRetry * 3 + Poll * 3 + Margin * 3);
        cluster.Sms.Down = false;
        cluster.Relay.Open();
        await AllDeliveredAsync(cluster, FirstRetry * 4 + Poll + Margin);

        var attempts = cluster.Sms.Requests.Where(r => r.Key == key).ToList();
        Assert.Equal([false, false, false, true], attempts.Select(a => a.Accepted));
        Assert.Equal(4, (await MessageAsync(cluster, text.Id)).Attempts);
        for (var i = 1; i < attempts.Count; i++)
        {
            // Each wait doubles (2, 4, 8 s); the attempt comes at the first poll after it, on whichever node.
            var wait = FirstRetry * Math.Pow(2, i - 1);
            var gap = attempts[i].At - attempts[i - 1].At;
            Assert.True(gap >= wait - TimeSpan.FromMilliseconds(50) && gap <= wait + Poll + Margin, $"attempt {i + 1} came {gap.TotalSeconds:0.00} s after the one before; expected {wait.TotalSeconds} s + at most a poll");
        }

        // The emails were refused too, and tried again; each arrived once, the citizen's while the gateway was still down.
        await using var db = cluster.Database.Create();
        var emails = await db.Outbox.AsNoTracking().Where(m => m.Id != text.Id).ToListAsync();
        Assert.All(emails, m => Assert.True(m.Attempts >= 2, $"{m.Topic}: {m.Attempts} attempts"));
        var received = cluster.Mail.Messages();
        Assert.All(emails, m => Assert.Single(received, r => r.MessageId == $"{m.Id:N}@localhost"));
        Assert.Single(received, r => r.To.Mailboxes.Any(a => a.Address == "sau@example.vn"));
        output.WriteLine($"text message attempts {string.Join(", ", attempts.Select(a => a.At.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)))}; emails took {string.Join(", ", emails.Select(m => m.Attempts))} attempts");
    }

    private static async Task ReceiveAsync(TestCluster cluster, object applicant)
    {
        var call = await ApiCall.PostAsync(await cluster.ClientAsync(cluster.Nodes[^1], "motcua.tanphumy"), "/api/desk/dossiers", new
        {
            procedureId = "signature-certification",
            receivingUnitId = "x-tan-phu-my",
            applicant,
        });
        Assert.Equal(ApiCall.Result.Done, call.Outcome);
    }

    private static async Task<OutboxMessageRecord> MessageAsync(TestCluster cluster, Guid id)
    {
        await using var db = cluster.Database.Create();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>Every message sent, and each one at the mail server or the gateway.</summary>
    private static async Task AllDeliveredAsync(TestCluster cluster, TimeSpan? timeout = null)
    {
        var messages = await Eventually(async () =>
        {
            await using var db = cluster.Database.Create();
            var all = await db.Outbox.AsNoTracking().ToListAsync();
            return all.All(m => m.Status == OutboxStatus.Sent) ? all : null;
        }, timeout ?? TimeSpan.FromSeconds(30));
        var delivered = cluster.Mail.Messages().Select(m => m.MessageId).Concat(cluster.Sms.Accepted.Select(r => $"{r.Key}@localhost")).ToHashSet();
        Assert.All(messages, m => Assert.Contains($"{m.Id:N}@localhost", delivered));
    }

    private static Task<T> Eventually<T>(Func<T?> read, TimeSpan timeout) where T : class =>
        Eventually(() => Task.FromResult(read()), timeout);

    private static async Task<T> Eventually<T>(Func<Task<T?>> read, TimeSpan timeout) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not so within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }
}
