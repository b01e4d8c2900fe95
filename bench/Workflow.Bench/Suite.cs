using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
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
                var dbCpuMs = cpu.Database / 100 * (run.ReceiveSeconds + run.CompleteSeconds) * 1000 / commands;
                Log($"   per engine command (receive or complete, with the inbox read): {(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / commands:0.000} ms CPU in this process, {dbCpuMs:0.000} ms in PostgreSQL, {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / commands:0} KiB allocated");
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

    /// <summary>Scenario 3 on a fresh database.</summary>
    private async Task TimersAsync()
    {
        var database = await BenchDatabase.CreateAsync(provider, work, "bench_timers");
        var (engine, db) = EngineSetup.Create(database);
        await EngineSetup.SeedOfficersAsync(db);
        Log($"{provider} timers: {settings.PendingTimers:N0} pending, {settings.DueTimers:N0} due within {settings.DueWindow.TotalSeconds} s, {settings.TimerWorkers} workers");
        var timers = await new TimerScenario(database, engine, db).RunAsync(settings.PendingTimers, settings.DueTimers, settings.DueWindow, settings.TimerWorkers);
        Log($"{provider} timers: {timers.ToJsonString()}");
        results["timers"] = timers;
        BenchDatabase.ClearPools();
    }

    /// <summary>Scenario 4: generate the large database, then time the queries on it. The database is kept for the memory probe.</summary>
    private async Task DataAsync()
    {
        var database = await BenchDatabase.CreateAsync(provider, work, "bench_data");
        var (_, db) = EngineSetup.Create(database);
        await EngineSetup.SeedOfficersAsync(db);
        await GeneratedOfficers.SeedAsync(db);
        Log($"{provider} data: generating {settings.GeneratedDossiers:N0} dossiers ({settings.GeneratedOpen:N0} open)");
        var meter = CpuMeter.Start();
        var report = await new DataGenerator(database).GenerateAsync(settings.GeneratedDossiers, settings.GeneratedOpen, DateTime.UtcNow);
        var cpu = meter.Stop();
        Log($"{provider} data: {report.Dossiers:N0} dossiers, {report.WorkItems:N0} work items, {report.JournalEntries:N0} journal entries, {report.Timers:N0} timers in {report.Seconds:0.0} s, {report.Bytes / 1048576.0:N0} MiB; {cpu}");
        var analyze = System.Diagnostics.Stopwatch.StartNew();
        await AnalyzeAsync(db);
        Log($"{provider} data: statistics (ANALYZE) in {analyze.Elapsed.TotalSeconds:0.0} s");
        var queries = await new QueryScenario(db, report.Samples, settings.QuerySamples).RunAsync();
        Log($"{provider} queries: {queries.ToJsonString()}");
        results["data"] = new JsonObject
        {
            ["database"] = database.Name,
            ["dossiers"] = report.Dossiers,
            ["open"] = report.Open,
            ["workItems"] = report.WorkItems,
            ["journalEntries"] = report.JournalEntries,
            ["timers"] = report.Timers,
            ["pendingTimers"] = report.PendingTimers,
            ["generationSeconds"] = Math.Round(report.Seconds, 1),
            ["rowsPerSecond"] = Math.Round((report.Dossiers + report.WorkItems + report.JournalEntries + report.Timers) / report.Seconds),
            ["analyzeSeconds"] = Math.Round(analyze.Elapsed.TotalSeconds, 1),
            ["sizeMiB"] = Math.Round(report.Bytes / 1048576.0),
            ["cpuPercent"] = CpuJson([cpu]),
        };
        results["queries"] = queries;
        BenchDatabase.ClearPools();
    }

    /// <summary>Planner statistics after a bulk load, as an administrator would gather them (ANALYZE on both databases).</summary>
    private static async Task AnalyzeAsync(WorkflowDbContextFactory db)
    {
        await using var context = db.Create();
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await context.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>
    /// Scenario 4's queries alone, on a database an earlier run generated (e.g. after an engine
    /// change): its migrations are applied first, and the sample dossiers are read back from it.
    /// </summary>
    public async Task QueriesAsync(string databaseName)
    {
        var database = BenchDatabase.Open(provider, work, databaseName);
        var (_, db) = Environment.GetEnvironmentVariable("WORKFLOW_BENCH_SQL") == "1" ? EngineSetup.Create(database, new SqlEcho()) : EngineSetup.Create(database);
        var migrate = Stopwatch.StartNew();
        await db.MigrateAsync();
        Log($"{provider} queries: migrations applied in {migrate.Elapsed.TotalSeconds:0.0} s");
        await EngineSetup.SeedOfficersAsync(db);
        await GeneratedOfficers.SeedAsync(db);
        var samples = new List<SampleDossier>();
        await using (var context = db.Create())
        {
            var n = 0;
            await foreach (var d in context.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Code, d.ApplicantSearchName, d.ReceivingUnitId }).AsAsyncEnumerable())
            {
                // About as many as the generator keeps (one in 499).
                if (n++ % 499 == 0)
                {
                    samples.Add(new SampleDossier(d.Id, d.Code, d.ApplicantSearchName, d.ReceivingUnitId));
                }
            }
        }

        var meter = CpuMeter.Start();
        // "--only report" times the monthly report alone (the searches take minutes on SQLite).
        var scenario = new QueryScenario(db, samples, settings.QuerySamples);
        var queries = only.SetEquals(["report"]) ? await scenario.RunReportOnlyAsync() : await scenario.RunAsync();
        var cpu = meter.Stop();
        Log($"{provider} queries: {queries.ToJsonString()}; {cpu}");
        queries["cpuPercent"] = CpuJson([cpu]);
        results["queries"] = queries;
    }

    /// <summary>
    /// Scenario 5, in a process of its own: resident memory with the engine built on the generated
    /// database and idle, then while scenario 1 runs on it (sampled every 100 ms).
    /// </summary>
    public async Task MemoryAsync(string databaseName)
    {
        var database = BenchDatabase.Open(provider, work, databaseName);
        var (engine, db) = EngineSetup.Create(database);
        await EngineSetup.SeedOfficersAsync(db);
        await using (var context = db.Create())
        {
            results["storedDossiers"] = await context.Dossiers.CountAsync();
        }

        GC.Collect();
        await Task.Delay(2000);
        var idle = ProcessMemory.ResidentMegabytes();
        var samples = new List<double>();
        var heap = new List<double>();
        var concurrency = settings.Concurrency.Max();
        var scenario = new ThroughputScenario(engine, db)
        {
            Sample = () =>
            {
                lock (samples)
                {
                    samples.Add(ProcessMemory.ResidentMegabytes());
                    heap.Add(GC.GetTotalMemory(false) / 1048576.0);
                }
            },
        };
        Log($"{provider} memory: idle {idle} MB; running scenario 1 ({settings.MemoryDossiers} dossiers, C={concurrency}) on {results["storedDossiers"]} stored dossiers");
        var meter = CpuMeter.Start();
        var run = await scenario.RunAsync(settings.MemoryDossiers, concurrency, seed: 7);
        var cpu = meter.Stop();
        Log($"{provider} memory: {run.TasksPerSecond:0} tasks/s; RSS peak {samples.Max()} MB; {cpu}");
        results["memory"] = new JsonObject
        {
            ["idleRssMb"] = idle,
            ["runningRssMedianMb"] = Figure.Of(samples).Median,
            ["runningRssPeakMb"] = samples.Max(),
            ["managedHeapPeakMb"] = Math.Round(heap.Max(), 1),
            ["samples"] = samples.Count,
            ["concurrency"] = concurrency,
            ["dossiers"] = settings.MemoryDossiers,
            ["tasksPerSecondOnLargeDatabase"] = Math.Round(run.TasksPerSecond, 1),
            ["completeP50Ms"] = Math.Round(Percentiles.Of(run.CompleteMs, 50), 2),
            ["completeP99Ms"] = Math.Round(Percentiles.Of(run.CompleteMs, 99), 2),
            ["cpuPercent"] = CpuJson([cpu]),
        };
    }
}
