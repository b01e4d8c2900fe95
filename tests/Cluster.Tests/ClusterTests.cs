using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflow.Engine.Audit;
using Workflow.Engine.Notifications;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Xunit.Abstractions;

namespace Workflow.Cluster.Tests;

/// <summary>
/// Three real server processes on one PostgreSQL server, run as a province runs them: the timer
/// worker's default longest sleep (30 s), mail and SMS delivery, journal checkpoints on every node.
/// Eight clients claim and complete every task of 300 dossiers across the nodes, while a desk
/// receives drill dossiers whose deadlines, written by the engine, come due seconds later all
/// through the run. Midway one node is killed with SIGKILL while it holds leased timers, and
/// started again; later PostgreSQL itself is stopped outright and restarted. Afterwards every
/// acknowledged action is in the database once, no task was claimed or completed twice, every
/// timer fired exactly once and no later than lease + poll after its due instant, every message
/// reached the mail server or the SMS gateway, and the journal and its checkpoints form one chain.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int WorkDossiers = 300;
    private const int Clients = 8;

    /// <summary>A timer leased by a node that dies is taken again after the lease; 30 s keeps the test short (the default is 120 s).</summary>
    private static readonly TimeSpan TimerLease = TimeSpan.FromSeconds(30);

    /// <summary>The timer worker's longest sleep, at its default: another node looks at least this often.</summary>
    private static readonly TimeSpan TimerPoll = new EngineOptions().TimerMaxSleep;

    private static readonly TimeSpan OutboxLease = TimeSpan.FromSeconds(30);

    /// <summary>Room for a loaded 2-core machine: a firing takes a command, which may queue behind others.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> Officers = new() { ["check"] = "tuphap.hoaan", ["sign"] = "lanhdao.hoaan", ["return"] = "motcua.hoaan" };
    private static readonly Dictionary<string, string> Outcomes = new() { ["check"] = "approve", ["sign"] = "sign", ["return"] = "returned" };

    private TestCluster _cluster = null!;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(3, new Dictionary<string, string>
        {
            ["Engine__TimerLeaseSeconds"] = TimerLease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox__LeaseSeconds"] = OutboxLease.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Every node seals the journal every 3 s, so their checkpoints meet.
            ["Audit__CheckpointMinutes"] = "0.05",
        });
        Report($"cluster of 3 nodes started in {_clock.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Three_nodes_one_killed_and_restarted_and_the_database_restarted_lose_nothing_double_nothing_fire_every_timer_once_and_on_time()
    {
        var nodeB = _cluster.Nodes[1];
        var ledger = new Ledger();
        foreach (var user in Officers.Values.Append("motcua.tanphumy"))
        {
            await _cluster.ClientAsync(_cluster.Nodes[0], user);
        }

        // A desk receives drill dossiers all through the run; their timers come due 9 and 18 s after each.
        using var stopDrill = new CancellationTokenSource();
        var drill = Task.Run(() => ReceiveDrillDossiersAsync(ledger, stopDrill.Token));

        // Dossiers to work on, received through every node.
        await Parallel.ForEachAsync(Enumerable.Range(0, WorkDossiers), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (i, _) =>
            await ReceiveAsync(ledger, "motcua.hoaan", attempt => new
            {
                procedureId = "certified-copy",
                receivingUnitId = "p-hoa-an",
                applicant = new { name = $"Công dân {i:0000}-{attempt}", phone = "0900000000" },
                data = new { pages = 2, copies = 1 },
                documents = new[] { new { documentId = "ban-chinh", originals = 1 } },
            }, i));
        Report($"{WorkDossiers} dossiers received at {_clock.Elapsed.TotalSeconds:0.0} s");

        // Every dossier of the procedure is worked on, including any an unanswered attempt saved.
        var queue = new ConcurrentQueue<Guid>(await WithDatabaseAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.ProcedureId == "certified-copy").Select(d => d.Id).ToListAsync()));
        var tasks = queue.Count * 3;
        var faults = Task.Run(async () =>
        {
            await Until(() => ledger.Completed.Count >= tasks / 3);
            var held = await KillWhileHoldingTimersAsync(nodeB);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var restarting = Stopwatch.StartNew();
            nodeB.Restart();
            await nodeB.WaitHealthyAsync(ServerNode.StartTimeout);
            Report($"node B restarted and ready in {restarting.Elapsed.TotalSeconds:0.0} s");
            await Until(() => ledger.Completed.Count >= tasks * 2 / 3);
            await RestartDatabaseAsync();
            return held;
        });
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(worker => Task.Run(() => WorkAsync(queue, ledger, worker))));
        var heldByKilled = await faults;
        Report($"{ledger.Completed.Count} completions acknowledged at {_clock.Elapsed.TotalSeconds:0.0} s");
        await stopDrill.CancelAsync();
        await drill;

        // Every timer the drill dossiers' deadlines made fires, at the latest lease + poll after it is due.
        var bound = TimerLease + TimerPoll + Margin;
        var drillTimers = await WaitForDrillTimersAsync(bound);
        // Delivery catches up with what the run wrote; the wait only bounds a failing run.
        var outbox = await WaitForOutboxAsync(TimeSpan.FromMinutes(5));

        // Nodes keep sealing the journal; four more writers join them at once.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new JournalCheckpointer(_cluster.Database, TimeProvider.System).WriteAsync()));
        var verification = await new JournalVerifier(_cluster.Database).VerifyAsync();

        await using var db = _cluster.Database.Create();
        var journal = await db.Journal.AsNoTracking().Select(j => new { j.Command, j.WorkItemId, j.DossierId, j.DetailJson }).ToListAsync();

        // Every acknowledged receipt is one dossier, once; none that an outage answer said was not saved.
        var dossiers = await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.ApplicantName, d.ProcedureId, d.StatusCode }).ToListAsync();
        Assert.Empty(ledger.Received.Values.Except(dossiers.Select(d => d.Id)));
        Assert.Equal(dossiers.Count, dossiers.Select(d => d.ApplicantName).Distinct().Count());
        var savedThough503 = dossiers.Count(d => ledger.Answered503.ContainsKey(d.ApplicantName));
        Assert.All(dossiers.Where(d => d.ProcedureId == "certified-copy"), d => Assert.Equal(10, d.StatusCode));

        // Every acknowledged claim and completion is in the database; no task was claimed or completed twice.
        var claims = journal.Where(j => j.Command == "claim").GroupBy(j => j.WorkItemId).ToDictionary(g => g.Key!.Value, g => g.Count());
        var completions = journal.Where(j => j.Command == "complete").GroupBy(j => j.WorkItemId).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.All(ledger.Claimed.Keys, id => Assert.Equal(1, claims.GetValueOrDefault(id)));
        Assert.All(ledger.Completed.Keys, id => Assert.Equal(1, completions.GetValueOrDefault(id)));
        Assert.All(claims.Values, count => Assert.Equal(1, count));
        Assert.All(completions.Values, count => Assert.Equal(1, count));
        Assert.Equal(tasks, completions.Count);
        Assert.Equal(completions.Count, await db.WorkItems.CountAsync(i => i.Kind == WorkItemKind.Task && i.Status == WorkItemStatus.Completed));

        // Every timer fired exactly once: fired in its table, and no two journal entries name it; each drill timer, exactly one.
        var firedEntries = journal.Where(j => j.Command is "step-overdue" or "dossier-overdue" or "dossier-near-due")
            .Select(j => JsonDocument.Parse(j.DetailJson!).RootElement.GetProperty("timer").GetGuid()).ToList();
        Assert.Equal(firedEntries.Count, firedEntries.Distinct().Count());
        Assert.All(drillTimers, t => Assert.Equal(TimerStatus.Fired, t.Status));
        Assert.All(drillTimers, t => Assert.Contains(t.Id, firedEntries));
        // Any other timer that came due (a work dossier's, should the run cross midnight) fired too, within the bound.
        var cutoff = drillTimers.Max(t => t.DueAt) - bound;
        Assert.Equal(0, await db.Timers.CountAsync(t => t.DueAt <= cutoff && t.Status == TimerStatus.Pending));
        var fired = await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Fired).Select(t => new { t.Id, t.DueAt, t.FiredAt }).ToListAsync();

        // No later than lease + poll (+ margin) after it was due; the killed node's timers only once its lease ran out.
        var lateness = fired.Select(t => t.FiredAt!.Value - t.DueAt).Order().ToList();
        Assert.True(lateness[^1] <= bound, $"a timer fired {lateness[^1].TotalSeconds:0.0} s late; the bound is {bound.TotalSeconds} s");
        Assert.NotEmpty(heldByKilled);
        var taken = drillTimers.Where(t => heldByKilled.ContainsKey(t.Id)).ToList();
        Assert.All(taken, t => Assert.True(t.FiredAt >= heldByKilled[t.Id], $"timer {t.Id} fired at {t.FiredAt:O}, before its lease ran out at {heldByKilled[t.Id]:O}"));

        // Every message reached the mail server or the SMS gateway at least once.
        Assert.All(outbox, m => Assert.True(m.Status == OutboxStatus.Sent, $"{m.Topic} to {m.RecipientId}: {m.Status}, {m.Attempts} attempts, {m.LastError}"));
        var mailed = _cluster.Mail.Messages().Select(m => Guid.ParseExact((m.MessageId ?? "").Split('@')[0], "N")).ToList();
        var texted = _cluster.Sms.Accepted.Select(r => Guid.ParseExact(r.Key!, "N")).ToList();
        var delivered = mailed.Concat(texted).ToHashSet();
        Assert.All(outbox, m => Assert.Contains(m.Id, delivered));
        var redelivered = mailed.Count - mailed.Distinct().Count() + texted.Count - texted.Distinct().Count();
        // A message goes out twice only when a node died, or the database went away, after the receiver took it: once per node at most.
        Assert.True(redelivered <= _cluster.Nodes.Count, $"{redelivered} messages were delivered twice");

        // The journal and its checkpoints are one intact chain, without a fork.
        Assert.True(verification.IsIntact, string.Join("\n", verification.Breaks.Take(10)));
        Assert.Empty(verification.Forks);
        Assert.True(verification.Checkpoints >= 10, $"only {verification.Checkpoints} checkpoints were written");

        Report($"receipts: {ledger.Received.Count} acknowledged, {ledger.Answered503.Count} answered 503 (of which saved: {savedThough503}), {ledger.Unknown} without answer");
        Report($"tasks: {claims.Count} claims, {completions.Count} completions; 503 answers to clients: {ledger.Unavailable}, no answer: {ledger.Unknown}");
        Report($"timers: {fired.Count} fired ({drillTimers.Count} of drill dossiers); lateness p50 {Percentile(lateness, 0.50)} s, p95 {Percentile(lateness, 0.95)} s, max {lateness[^1].TotalSeconds:0.000} s (bound {bound.TotalSeconds} s)");
        Report($"timers held by the killed node: {heldByKilled.Count}; fired {string.Join(", ", taken.Select(t => $"{(t.FiredAt!.Value - t.DueAt).TotalSeconds:0.0}"))} s late");
        Report($"outbox: {outbox.Count} messages, {mailed.Count} emails and {texted.Count} text messages received, {redelivered} delivered twice, {outbox.Sum(m => m.Attempts) - outbox.Count} extra attempts");
        Report($"journal: {verification.Entries} entries, {verification.Checkpoints} checkpoints, intact; whole test {_clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Receives one dossier, trying again (as a new attempt, with its own name) until a node acknowledges it.</summary>
    private async Task ReceiveAsync(Ledger ledger, string desk, Func<int, object> request, int index)
    {
        for (var attempt = 0; ; attempt++)
        {
            var body = request(attempt);
            var name = JsonSerializer.SerializeToElement(body).GetProperty("applicant").GetProperty("name").GetString()!;
            var call = await ApiCall.PostAsync(await _cluster.ClientAsync(ReadyNode(index + attempt), desk), "/api/desk/dossiers", body);
            switch (call.Outcome)
            {
                case ApiCall.Result.Done:
                    ledger.Received[name] = call.Body.GetProperty("dossierId").GetGuid();
                    return;
                case ApiCall.Result.Unavailable:
                    ledger.Answered503[name] = true;
                    await ledger.WaitOutAsync(call);
                    break;
                default:
                    await ledger.WaitOutAsync(call);
                    break;
            }
        }
    }

    private async Task ReceiveDrillDossiersAsync(Ledger ledger, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await ReceiveAsync(ledger, "motcua.tanphumy", attempt => new
            {
                procedureId = ClusterProcedures.Drill,
                receivingUnitId = ClusterProcedures.DrillUnit,
                applicant = new { name = $"Người diễn tập {i:0000}-{attempt}", phone = "0911000000", email = $"dientap{i}@example.vn" },
                documents = new[] { new { documentId = "don-de-nghi", originals = 1 } },
            }, i);
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    /// <summary>A client: takes dossiers from the queue and claims, then completes, each task, repeating a request whose answer it did not get.</summary>
    private async Task WorkAsync(ConcurrentQueue<Guid> queue, Ledger ledger, int worker)
    {
        var request = worker;
        while (queue.TryDequeue(out var dossierId))
        {
            while (await WithDatabaseAsync(db => db.WorkItems.AsNoTracking()
                       .Where(i => i.DossierId == dossierId && i.Status == WorkItemStatus.Open && i.Kind == WorkItemKind.Task)
                       .Select(i => new { i.Id, i.StepId }).FirstOrDefaultAsync()) is { } task)
            {
                var user = Officers[task.StepId];
                await RepeatAsync(ledger, user, () => request++, $"/api/tasks/{task.Id}/claim", new { }, () => ledger.Claimed[task.Id] = true);
                await RepeatAsync(ledger, user, () => request++, $"/api/tasks/{task.Id}/complete", new { outcomeId = Outcomes[task.StepId] }, () => ledger.Completed[task.Id] = true);
            }
        }
    }

    /// <summary>
    /// Sends one request until a node answers it; on another node after no answer. A refusal is only
    /// expected after an attempt whose outcome the client could not know.
    /// </summary>
    private async Task RepeatAsync(Ledger ledger, string user, Func<int> next, string path, object body, Action acknowledged)
    {
        var uncertain = false;
        while (true)
        {
            var call = await ApiCall.PostAsync(await _cluster.ClientAsync(ReadyNode(next()), user), path, body);
            switch (call.Outcome)
            {
                case ApiCall.Result.Done:
                    acknowledged();
                    return;
                case ApiCall.Result.Refused:
                    Assert.True(uncertain, $"{path} refused although no earlier attempt may have done it: {call.Body}");
                    return;
                default:
                    uncertain = true;
                    await ledger.WaitOutAsync(call);
                    break;
            }
        }
    }

    /// <summary>The nodes a load balancer would send the request to: those that are up and were found ready.</summary>
    private ServerNode ReadyNode(int index)
    {
        var ready = _cluster.Nodes.Where(n => n.IsReady && n.IsRunning).ToList();
        return ready[index % ready.Count];
    }

    /// <summary>
    /// Kills node B (SIGKILL) while its timer worker holds leased timers it has not fired: B is frozen
    /// the moment the database shows such a lease, and killed frozen. Returns each held timer with the
    /// end of its lease.
    /// </summary>
    private async Task<Dictionary<Guid, DateTime>> KillWhileHoldingTimersAsync(ServerNode node)
    {
        var workerId = node.WorkerId;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await HeldAsync(workerId) > 0)
            {
                node.Freeze();
                var held = await WithDatabaseAsync(db => db.Timers.AsNoTracking()
                    .Where(t => t.LockedBy == workerId && t.Status == TimerStatus.Pending)
                    .ToDictionaryAsync(t => t.Id, t => t.LockedUntil!.Value));
                if (held.Count > 0)
                {
                    node.KillHard();
                    Report($"node B killed at {_clock.Elapsed.TotalSeconds:0.0} s holding {held.Count} leased timers");
                    return held;
                }

                node.Thaw();
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("Node B never held a leased timer for 60 s.");
    }

    private Task<int> HeldAsync(string workerId) =>
        WithDatabaseAsync(db => db.Timers.AsNoTracking().CountAsync(t => t.LockedBy == workerId && t.Status == TimerStatus.Pending));

    /// <summary>Stops PostgreSQL outright for 3 s and starts it again; meanwhile a node is not ready but alive, and afterwards every node is ready again.</summary>
    private async Task RestartDatabaseAsync()
    {
        var outage = Stopwatch.StartNew();
        Report($"PostgreSQL stopped (immediate) at {_clock.Elapsed.TotalSeconds:0.0} s");
        var restart = _cluster.Postgres.CrashAndRestartAsync(TimeSpan.FromSeconds(3));
        using (var probe = new HttpClient { BaseAddress = _cluster.Nodes[0].Address, Timeout = TimeSpan.FromSeconds(10) })
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
        }

        await restart;
        await Task.WhenAll(_cluster.Nodes.Select(n => n.WaitHealthyAsync(ServerNode.StartTimeout)));
        Report($"PostgreSQL back; every node ready again {outage.Elapsed.TotalSeconds:0.0} s after it stopped");
    }

    private sealed record FiredTimer(Guid Id, TimerStatus Status, DateTime DueAt, DateTime? FiredAt);

    private async Task<List<FiredTimer>> WaitForDrillTimersAsync(TimeSpan bound)
    {
        IQueryable<TimerRecord> Drill(Engine.Persistence.WorkflowDbContext db) =>
            db.Timers.AsNoTracking().Where(t => db.Dossiers.Any(d => d.Id == t.DossierId && d.ProcedureId == ClusterProcedures.Drill));
        var lastDue = await WithDatabaseAsync(db => Drill(db).MaxAsync(t => t.DueAt));
        var deadline = DateTime.SpecifyKind(lastDue, DateTimeKind.Utc) + bound;
        while (DateTime.UtcNow < deadline && await WithDatabaseAsync(db => Drill(db).AnyAsync(t => t.Status == TimerStatus.Pending)))
        {
            await Task.Delay(500);
        }

        Report($"drill timers done at {_clock.Elapsed.TotalSeconds:0.0} s");
        return await WithDatabaseAsync(db => Drill(db).Select(t => new FiredTimer(t.Id, t.Status, t.DueAt, t.FiredAt)).ToListAsync());
    }

    private async Task<List<OutboxMessageRecord>> WaitForOutboxAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && await WithDatabaseAsync(db => db.Outbox.AnyAsync(m => m.Status != OutboxStatus.Sent)))
        {
            await Task.Delay(500);
        }

        Report($"outbox drained at {_clock.Elapsed.TotalSeconds:0.0} s");
        return await WithDatabaseAsync(db => db.Outbox.AsNoTracking().ToListAsync());
    }

    /// <summary>Reads the database as an observer, waiting out the moments it is restarting.</summary>
    private async Task<T> WithDatabaseAsync<T>(Func<Engine.Persistence.WorkflowDbContext, Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = _cluster.Database.Create();
                return await read(db);
            }
            catch (Exception ex) when (attempt < 60 && Engine.Persistence.DatabaseErrors.IsUnavailable(ex))
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(50);
        }
    }

    private static string Percentile(List<TimeSpan> sorted, double p) =>
        sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)].TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private void Report(string line) => output.WriteLine(line);

    /// <summary>What the clients were told.</summary>
    private sealed class Ledger
    {
        private int _unavailable;
        private int _unknown;

        public ConcurrentDictionary<string, Guid> Received { get; } = new();

        public ConcurrentDictionary<string, bool> Answered503 { get; } = new();

        public ConcurrentDictionary<Guid, bool> Claimed { get; } = new();

        public ConcurrentDictionary<Guid, bool> Completed { get; } = new();

        public int Unavailable => _unavailable;

        public int Unknown => _unknown;

        /// <summary>Waits as the answer says: Retry-After after a 503, a moment after no answer.</summary>
        public Task WaitOutAsync(ApiCall call)
        {
            if (call.Outcome == ApiCall.Result.Unavailable)
            {
                Interlocked.Increment(ref _unavailable);
                return Task.Delay(call.RetryAfter);
            }

            Interlocked.Increment(ref _unknown);
            return Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
