using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;

namespace Workflow.Bench;

/// <summary>One measured run of scenario 1.</summary>
public sealed record ThroughputRun(int Dossiers, int Tasks, double ReceiveSeconds, double CompleteSeconds, List<double> ReceiveMs, List<double> CompleteMs, List<double> LookupMs)
{
    public double TasksPerSecond => Tasks / CompleteSeconds;

    public double DossiersPerSecond => Dossiers / (ReceiveSeconds + CompleteSeconds);
}

/// <summary>
/// Scenario 1: N building-permit dossiers driven through the engine API from receipt to return.
/// Phase A receives (and accepts) all N at the desk with C workers; phase B drives every dossier's
/// five tasks (receive, review, head-review, sign, return) with C workers, each worker one dossier
/// at a time. Between two completions the worker reads the dossier's open task as the officer's
/// inbox would (one indexed read, timed separately); tasks/s counts completions over phase B's wall time.
/// </summary>
public sealed class ThroughputScenario(WorkflowEngine engine, WorkflowDbContextFactory db)
{
    public const string ProcedureId = "building-permit-house";
    public const string CommuneId = "x-tan-phu-my";

    private static readonly Dictionary<string, string> OutcomeOf = new()
    {
        ["receive"] = "transfer",
        ["review"] = "approve",
        ["head-review"] = "submit",
        ["sign"] = "sign",
        ["return"] = "returned",
    };

    private static readonly IReadOnlyDictionary<string, object?> Data = new Dictionary<string, object?>
    {
        ["floorArea"] = 180,
        ["floors"] = 3,
        ["heritageZone"] = false,
    };

    /// <summary>Run-time sampler: called about every 100 ms while the run is going (the memory probe uses it).</summary>
    public Action? Sample { get; init; }

    public async Task<ThroughputRun> RunAsync(int dossiers, int concurrency, int seed)
    {
        var definition = EngineSetup.LoadedWorkspace.Catalog.InForce(ProcedureId, DateOnly.FromDateTime(DateTime.UtcNow))!;
        var documents = ReceivedDocument.AllRequiredBy(definition);
        var desk = EngineSetup.Officer(CommuneId, "desk-officer");
        using var sampling = new CancellationTokenSource();
        var sampler = Sample is null ? Task.CompletedTask : Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                Sample();
                try { await Task.Delay(100, sampling.Token); } catch (OperationCanceledException) { }
            }
        });

        // Phase A: receipt.
        var ids = new Guid[dossiers];
        var receiveMs = new ConcurrentBag<double>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Workers(concurrency, async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < dossiers)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await engine.ReceiveAsync(new ReceiveDossier(ProcedureId, Channel.Desk, CommuneId,
                    new ApplicantInfo(Names.Applicant(seed * 1_000_003 + i), "0791900" + (i % 100000).ToString("D5"), "0912345678", null, "Tổ 3, khu phố 2"),
                    Data, documents, Decision: IntakeDecision.Accept), desk);
                receiveMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                ids[i] = result.DossierId;
            }
        });
        var receiveSeconds = watch.Elapsed.TotalSeconds;

        // Phase B: the five tasks of each dossier.
        var completeMs = new ConcurrentBag<double>();
        var lookupMs = new ConcurrentBag<double>();
        var tasks = 0;
        next = -1;
        watch.Restart();
        await Workers(concurrency, async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < dossiers)
            {
                while (true)
                {
                    var started = Stopwatch.GetTimestamp();
                    var open = await OpenTaskAsync(ids[i]);
                    lookupMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (open is null)
                    {
                        break;
                    }

                    started = Stopwatch.GetTimestamp();
                    await engine.CompleteAsync(new CompleteTask(open.Value.Id, OutcomeOf[open.Value.StepId]), EngineSetup.Officer(open.Value.UnitId, open.Value.Role));
                    completeMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref tasks);
                }
            }
        });
        var completeSeconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return new ThroughputRun(dossiers, tasks, receiveSeconds, completeSeconds, [.. receiveMs], [.. completeMs], [.. lookupMs]);
    }

    /// <summary>Checks that every dossier of a run ended returned (status 10) with five completed tasks.</summary>
    public async Task<string?> VerifyAsync(int expectedReturned)
    {
        await using var context = db.Create();
        var returned = await context.Dossiers.CountAsync(d => d.StatusCode == 10 && d.ProcedureId == ProcedureId);
        var open = await context.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Open);
        return returned == expectedReturned && open == 0 ? null : $"expected {expectedReturned} returned dossiers and no open item, found {returned} returned and {open} open items";
    }

    private async Task<(Guid Id, string StepId, string UnitId, string Role)?> OpenTaskAsync(Guid dossierId)
    {
        await using var context = db.Create();
        var item = await context.WorkItems.AsNoTracking()
            .Where(w => w.DossierId == dossierId && w.Status == WorkItemStatus.Open && w.Kind == WorkItemKind.Task)
            .Select(w => new { w.Id, w.StepId, w.UnitId, w.Role })
            .FirstOrDefaultAsync();
        return item is null ? null : (item.Id, item.StepId, item.UnitId!, item.Role!);
    }

    public static Task Workers(int count, Func<Task> body) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(body)));
}
