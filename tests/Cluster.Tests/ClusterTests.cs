using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Cluster.Tests;

/// <summary>
/// Three real server processes on one PostgreSQL database. Concurrent clients spread 2,000+ task
/// completions over the nodes while 5,000 timers come due, and one node is killed with SIGKILL
/// midway. Afterwards every acknowledged action is in the database, no task was completed twice,
/// every timer fired exactly once, and the journal chain verifies.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private const int Dossiers = 700;
    private const int Timers = 5000;
    private const int Clients = 8;
    private readonly List<ServerNode> _nodes = [];
    private string _admin = "";
    private string _database = "";
    private string _keys = "";
    private WorkflowDbContextFactory _db = null!;

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("WORKFLOW_TEST_POSTGRES")
            ?? throw new InvalidOperationException("The cluster test needs PostgreSQL: run it through ./test.sh, which starts one and sets WORKFLOW_TEST_POSTGRES.");
        _database = $"wf_cluster_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"CREATE DATABASE {_database}");
        var connection = new NpgsqlConnectionStringBuilder(_admin) { Database = _database, MaxPoolSize = 40 }.ConnectionString;
        _db = new WorkflowDbContextFactory(new DatabaseOptions(DatabaseProvider.Postgres, connection));
        _keys = Path.Combine(Path.GetTempPath(), $"wf-cluster-keys-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Seed__DemoHistory"] = "false",
            ["ConnectionStrings__Workflow"] = connection,
            ["Procedures__Path"] = RepositoryPaths.Procedures,
            // Every node must read the tokens the others issued: one key ring for the cluster.
            ["DataProtection__KeysPath"] = _keys,
            ["Engine__TimerLeaseSeconds"] = "5",
            ["Engine__TimerMaxSleepSeconds"] = "1",
            ["RateLimiting__PublicPerMinute"] = "100000",
            ["RateLimiting__SignInPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // The first node creates the schema and seeds the demo accounts; the others find them there.
        _nodes.Add(ServerNode.Start("node-a", environment));
        await _nodes[0].WaitHealthyAsync(TimeSpan.FromSeconds(90));
        _nodes.Add(ServerNode.Start("node-b", environment));
        _nodes.Add(ServerNode.Start("node-c", environment));
        await Task.WhenAll(_nodes.Skip(1).Select(n => n.WaitHealthyAsync(TimeSpan.FromSeconds(90))));
    }

    [Fact]
    public async Task Three_nodes_one_killed_midway_lose_nothing_double_nothing_and_keep_the_journal_intact()
    {
        var tokens = new Dictionary<string, string>();
        foreach (var user in new[] { "motcua.hoaan", "tuphap.hoaan", "lanhdao.hoaan", "motcua.tanphumy" })
        {
            tokens[user] = await TokenAsync(_nodes[0], user);
        }

        // Dossiers to work on, received through every node.
        var received = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Dossiers), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (i, ct) =>
        {
            var node = _nodes[i % _nodes.Count];
            using var client = Client(node, tokens["motcua.hoaan"]);
            var response = await client.PostAsJsonAsync("/api/desk/dossiers", new
            {
                procedureId = "certified-copy",
                receivingUnitId = "p-hoa-an",
                applicant = new { name = $"Công dân {i:0000}", phone = "0900000000" },
                data = new { pages = 2, copies = 1 },
                documents = new[] { new { documentId = "ban-chinh", originals = 1 } },
            }, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
            received.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("dossierId").GetGuid());
        });

        // 5,000 timers coming due within a few seconds, on dossiers nobody works on.
        var timerIds = await ScheduleTimersAsync(tokens["motcua.tanphumy"]);

        // Concurrent clients complete every task, spread over the nodes; node B dies midway.
        var acknowledged = new ConcurrentBag<Guid>();
        var attempts = 0;
        var killed = 0;
        var queue = new ConcurrentQueue<Guid>(received);
        var users = new Dictionary<string, string> { ["check"] = "tuphap.hoaan", ["sign"] = "lanhdao.hoaan", ["return"] = "motcua.hoaan" };
        var outcomes = new Dictionary<string, string> { ["check"] = "approve", ["sign"] = "sign", ["return"] = "returned" };
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(worker => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var dossierId))
            {
                while (true)
                {
                    var task = await OpenTaskAsync(dossierId);
                    if (task is null)
                    {
                        break;
                    }

                    var attempt = Interlocked.Increment(ref attempts);
                    if (attempt == Dossiers * 3 / 2 && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        _nodes[1].KillHard();
                    }

                    var running = _nodes.Where(n => n.IsRunning).ToList();
                    var node = running[(attempt + worker) % running.Count];
                    using var client = Client(node, tokens[users[task.StepId]]);
                    try
                    {
                        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcomeId = outcomes[task.StepId] });
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged.Add(task.Id);
                        }
                        else if (response.StatusCode != HttpStatusCode.Conflict)
                        {
                            Assert.Fail($"Completing {task.StepId} on {node.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The node died under the request: the client cannot know whether it was applied, so it reloads and retries.
                    }
                    catch (TaskCanceledException)
                    {
                    }
                }
            }
        })));

        Assert.Equal(1, killed);
        Assert.True(acknowledged.Count >= 2000, $"only {acknowledged.Count} completions were acknowledged");
        await WaitForTimersAsync(timerIds, TimeSpan.FromSeconds(120));

        await using var db = _db.Create();
        // Every acknowledged completion is in the database.
        var completed = await db.WorkItems.AsNoTracking().Where(i => i.Status == WorkItemStatus.Completed).Select(i => i.Id).ToListAsync();
        Assert.Empty(acknowledged.Except(completed));
        // No task was completed twice.
        var doubles = await db.Journal.AsNoTracking().Where(j => j.Command == "complete").GroupBy(j => j.WorkItemId).Where(g => g.Count() > 1).CountAsync();
        Assert.Equal(0, doubles);
        Assert.Equal(Dossiers, await db.Dossiers.CountAsync(d => d.ProcedureId == "certified-copy" && d.StatusCode == 10));
        // Every timer fired exactly once: fired in the table, and exactly one journal entry names it.
        Assert.Equal(Timers, await db.Timers.CountAsync(t => timerIds.Contains(t.Id) && t.Status == TimerStatus.Fired));
        var fired = (await db.Journal.AsNoTracking().Where(j => j.Command == "step-overdue").Select(j => j.DetailJson!).ToListAsync())
            .Select(json => JsonDocument.Parse(json).RootElement.GetProperty("timer").GetGuid()).ToList();
        Assert.Equal(Timers, fired.Count);
        Assert.Equal(Timers, fired.Distinct().Count());
        Assert.True(fired.ToHashSet().SetEquals(timerIds));
        // The journal chain verifies.
        await new JournalCheckpointer(_db, TimeProvider.System).WriteAsync();
        var verification = await new JournalVerifier(_db).VerifyAsync();
        Assert.True(verification.IsIntact, string.Join("\n", verification.Breaks.Take(10)));
    }

    private async Task<HashSet<Guid>> ScheduleTimersAsync(string deskToken)
    {
        var dossiers = new List<Guid>();
        using (var client = Client(_nodes[2], deskToken))
        {
            for (var i = 0; i < 50; i++)
            {
                var response = await client.PostAsJsonAsync("/api/desk/dossiers", new
                {
                    procedureId = "signature-certification",
                    receivingUnitId = "x-tan-phu-my",
                    applicant = new { name = $"Người chờ {i:00}" },
                });
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                dossiers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dossierId").GetGuid());
            }
        }

        await using var db = _db.Create();
        var items = await db.WorkItems.AsNoTracking().Where(i => dossiers.Contains(i.DossierId) && i.Status == WorkItemStatus.Open).ToListAsync();
        var now = DateTime.UtcNow;
        var ids = new HashSet<Guid>();
        for (var n = 0; n < Timers; n++)
        {
            var item = items[n % items.Count];
            var timer = new TimerRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = item.DossierId,
                WorkItemId = item.Id,
                Kind = TimerKind.StepOverdue,
                DueAt = now.AddSeconds(5).AddMilliseconds(n * 2),
                Status = TimerStatus.Pending,
                CreatedAt = now,
            };
            ids.Add(timer.Id);
            db.Timers.Add(timer);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private async Task WaitForTimersAsync(HashSet<Guid> ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var db = _db.Create();
            if (await db.Timers.CountAsync(t => ids.Contains(t.Id) && t.Status == TimerStatus.Pending) == 0)
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private sealed record OpenTask(Guid Id, string StepId);

    private async Task<OpenTask?> OpenTaskAsync(Guid dossierId)
    {
        await using var db = _db.Create();
        return await db.WorkItems.AsNoTracking()
            .Where(i => i.DossierId == dossierId && i.Status == WorkItemStatus.Open && i.Kind == WorkItemKind.Task)
            .Select(i => new OpenTask(i.Id, i.StepId))
            .FirstOrDefaultAsync();
    }

    private static HttpClient Client(ServerNode node, string token)
    {
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(ServerNode node, string userName)
    {
        using var client = new HttpClient { BaseAddress = node.Address };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        NpgsqlConnection.ClearAllPools();
        if (_database.Length > 0)
        {
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
