using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Persistence;

namespace Workflow.Bench;

/// <summary>Runs the scenarios on one database provider and records every figure in <see cref="Results"/>.</summary>
public sealed class Suite(DatabaseProvider provider, string work, BenchSettings settings, JsonObject results, IReadOnlySet<string> only)
{
    public JsonObject Results => results;

    private bool Wanted(string scenario) => only.Count == 0 || only.Contains(scenario);

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static JsonNode Json(Figure figure) => new JsonObject { ["median"] = figure.Median, ["min"] = figure.Min, ["max"] = figure.Max };

    /// <summary>Median CPU shares over the runs (percent of one core), so a disturbed run can be seen.</summary>
    public static JsonObject CpuJson(IReadOnlyList<CpuShare> shares) => new()
    {
        ["bench"] = Figure.Of(shares.Select(s => s.Bench)).Median,
        ["database"] = Figure.Of(shares.Select(s => s.Database)).Median,
        ["otherPrograms"] = Json(Figure.Of(shares.Select(s => s.Other))),
    };

    public async Task RunAsync()
    {
        results["idleRssMb"] = ProcessMemory.ResidentMegabytes();
        if (Wanted("throughput"))
        {
            await ThroughputAsync();
        }

        if (Wanted("timers"))
        {
            await TimersAsync();
        }

        if (Wanted("data"))
        {
            await DataAsync();
        }
    }

    /// <summary>Scenarios 1 and 2 at each concurrency, on one fresh database each.</summary>
    private async Task ThroughputAsync()
    {
        var levels = new JsonArray();
        foreach (var concurrency in settings.Concurrency)
        {
            var database = await BenchDatabase.CreateAsync(provider, work, $"bench_engine_c{concurrency}");
            var (engine, db) = EngineSetup.Create(database);
            await EngineSetup.SeedOfficersAsync(db);
            var scenario = new ThroughputScenario(engine, db);
            Log($"{provider} engine C={concurrency}: warm-up {settings.WarmupDossiers} dossiers");
            await scenario.RunAsync(settings.WarmupDossiers, concurrency, seed: 0);
            var runs = new List<ThroughputRun>();
            var engineCpu = new List<CpuShare>();
            for (var r = 1; r <= settings.Runs; r++)
            {
                var meter = CpuMeter.Start();
                var allocated = GC.GetTotalAllocatedBytes();
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var run = await scenario.RunAsync(settings.Dossiers, concurrency, seed: r);
                var cpu = meter.Stop();
                var commands = run.Dossiers + run.Tasks;
                Log($"   per engine command (receive or complete, with the inbox read): {(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / commands:0.000} ms CPU in this process, {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / commands:0} KiB allocated");
                runs.Add(run);
                engineCpu.Add(cpu);
                Log($"{provider} engine C={concurrency} run {r}: {run.TasksPerSecond:0} tasks/s, {run.DossiersPerSecond:0.0} dossiers/s, complete p50 {Percentiles.Of(run.CompleteMs, 50):0.00} ms p99 {Percentiles.Of(run.CompleteMs, 99):0.00} ms; {cpu}");
            }

            var problem = await scenario.VerifyAsync(settings.WarmupDossiers + settings.Runs * settings.Dossiers);
            var profile = await CommandProfile.MeasureAsync(database);

            var rawDatabase = await BenchDatabase.CreateAsync(provider, work, $"bench_raw_c{concurrency}");
            var raw = new RawFloorScenario(rawDatabase);
            Log($"{provider} raw C={concurrency}: warm-up");
            await raw.RunAsync(settings.WarmupDossiers, concurrency);
            var rawRuns = new List<RawRun>();
            var rawCpu = new List<CpuShare>();
            for (var r = 1; r <= settings.Runs; r++)
            {
                var meter = CpuMeter.Start();
                var run = await raw.RunAsync(settings.Dossiers, concurrency);
                var cpu = meter.Stop();
                rawRuns.Add(run);
                rawCpu.Add(cpu);
                Log($"{provider} raw C={concurrency} run {r}: {run.TasksPerSecond:0} tasks/s, p50 {Percentiles.Of(run.CompleteMs, 50):0.00} ms p99 {Percentiles.Of(run.CompleteMs, 99):0.00} ms; {cpu}");
            }

            var engineTasks = Figure.Of(runs.Select(r => r.TasksPerSecond));
            var rawTasks = Figure.Of(rawRuns.Select(r => r.TasksPerSecond));
            levels.Add(new JsonObject
            {
                ["concurrency"] = concurrency,
                ["dossiersPerRun"] = settings.Dossiers,
                ["runs"] = settings.Runs,
                ["tasksPerSecond"] = Json(engineTasks),
                ["dossiersPerSecond"] = Json(Figure.Of(runs.Select(r => r.DossiersPerSecond))),
                ["receivesPerSecond"] = Json(Figure.Of(runs.Select(r => r.Dossiers / r.ReceiveSeconds))),
                ["completeP50Ms"] = Json(Figure.Of(runs.Select(r => Percentiles.Of(r.CompleteMs, 50)))),
                ["completeP99Ms"] = Json(Figure.Of(runs.Select(r => Percentiles.Of(r.CompleteMs, 99)))),
                ["receiveP50Ms"] = Json(Figure.Of(runs.Select(r => Percentiles.Of(r.ReceiveMs, 50)))),
                ["receiveP99Ms"] = Json(Figure.Of(runs.Select(r => Percentiles.Of(r.ReceiveMs, 99)))),
                ["inboxLookupP50Ms"] = Json(Figure.Of(runs.Select(r => Percentiles.Of(r.LookupMs, 50)))),
                ["verified"] = problem ?? "ok",
                ["cpuPercent"] = CpuJson(engineCpu),
                ["profile"] = profile,
                ["raw"] = new JsonObject
                {
                    ["tasksPerSecond"] = Json(rawTasks),
                    ["p50Ms"] = Json(Figure.Of(rawRuns.Select(r => Percentiles.Of(r.CompleteMs, 50)))),
                    ["p99Ms"] = Json(Figure.Of(rawRuns.Select(r => Percentiles.Of(r.CompleteMs, 99)))),
                    ["cpuPercent"] = CpuJson(rawCpu),
                },
                ["engineOverRaw"] = Math.Round(engineTasks.Median / rawTasks.Median, 3),
            });
            BenchDatabase.ClearPools();
        }

        results["throughput"] = levels;
    }

    private Task TimersAsync() => Task.CompletedTask;

    private Task DataAsync() => Task.CompletedTask;

    public Task MemoryAsync(string databaseName) => Task.CompletedTask;
}
