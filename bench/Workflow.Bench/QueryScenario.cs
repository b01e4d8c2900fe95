using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Bench;

/// <summary>
/// Scenario 4's queries on the generated data. src/Engine/Queries (the query services) is being
/// finished on another branch, so these stand in for them: the obvious indexed queries through the
/// engine's DbContext, each timed from creating the context to having the rows in memory.
/// </summary>
public sealed class QueryScenario(WorkflowDbContextFactory factory, GenerationReport data, int samples)
{
    public const int PageSize = 20;

    public async Task<JsonObject> RunAsync()
    {
        var random = new Random(42);
        var results = new JsonObject();
        // A first pass of each query warms the plans and the caches; it is not counted.
        foreach (var pass in new[] { Math.Max(5, samples / 10), samples })
        {
            var counted = pass == samples;
            var inbox = await Time(pass, () => InboxAsync(data.Units[random.Next(data.Units.Length)].Replace("-kt", random.Next(2) == 0 ? "-kt" : "")));
            var trace = await Time(pass, () => TraceAsync(data.Samples[random.Next(data.Samples.Count)].Id));
            var byCode = await Time(pass, () => ByCodeAsync(data.Samples[random.Next(data.Samples.Count)].Code));
            var byName = await Time(pass, () => ByNameAsync(Prefix(data.Samples[random.Next(data.Samples.Count)].SearchName, random)));
            if (counted)
            {
                results["inbox"] = Summary(inbox);
                results["trace"] = Summary(trace);
                results["searchByCode"] = Summary(byCode);
                results["searchByApplicant"] = Summary(byName);
            }
        }

        // The monthly report for each of the last twelve full months.
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var reports = new List<(double Ms, int Rows)>();
        for (var m = 1; m <= 12; m++)
        {
            var from = month.AddMonths(-m);
            var watch = Stopwatch.StartNew();
            var rows = await MonthlyReportAsync(from, from.AddMonths(1));
            reports.Add((watch.Elapsed.TotalMilliseconds, rows));
        }

        results["monthlyReport"] = new JsonObject
        {
            ["months"] = reports.Count,
            ["medianMs"] = Math.Round(Figure.Of(reports.Select(r => r.Ms)).Median, 1),
            ["maxMs"] = Math.Round(reports.Max(r => r.Ms), 1),
            ["dossiersPerMonthMedian"] = Figure.Of(reports.Select(r => (double)r.Rows)).Median,
        };
        return results;
    }

    private static async Task<List<(double Ms, int Rows)>> Time(int count, Func<Task<int>> query)
    {
        var timings = new List<(double, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var rows = await query();
            timings.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, rows));
        }

        return timings;
    }

    private static JsonObject Summary(List<(double Ms, int Rows)> timings)
    {
        var ms = timings.Select(t => t.Ms).ToList();
        return new JsonObject
        {
            ["samples"] = timings.Count,
            ["p50Ms"] = Math.Round(Percentiles.Of(ms, 50), 2),
            ["p95Ms"] = Math.Round(Percentiles.Of(ms, 95), 2),
            ["p99Ms"] = Math.Round(Percentiles.Of(ms, 99), 2),
            ["maxMs"] = Math.Round(ms.Max(), 2),
            ["rowsMedian"] = Figure.Of(timings.Select(t => (double)t.Rows)).Median,
        };
    }

    /// <summary>A realistic prefix someone types: the family name, then part of the rest.</summary>
    private static string Prefix(string searchName, Random random)
    {
        var words = searchName.Split(' ');
        return random.Next(3) switch
        {
            0 => words[0] + " " + words[1],
            1 => string.Join(' ', words[..2]) + " " + words[2][..1],
            _ => searchName,
        };
    }

    /// <summary>The officer's inbox, first page: the unit's open items, soonest due first, with their dossier.</summary>
    private async Task<int> InboxAsync(string unitId)
    {
        await using var db = factory.Create();
        var page = await db.WorkItems.AsNoTracking()
            .Where(w => w.UnitId == unitId && w.Status == WorkItemStatus.Open)
            .OrderBy(w => w.DueAt)
            .Take(PageSize)
            .Join(db.Dossiers, w => w.DossierId, d => d.Id, (w, d) => new { w.Id, w.StepName, w.DueAt, w.AssigneeName, d.Code, d.ApplicantName, DossierDueAt = d.DueAt })
            .ToListAsync();
        return page.Count;
    }

    /// <summary>The auditor's trace: the dossier's whole journal in order.</summary>
    private async Task<int> TraceAsync(Guid dossierId)
    {
        await using var db = factory.Create();
        var entries = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.Sequence).ToListAsync();
        return entries.Count;
    }

    private async Task<int> ByCodeAsync(string code)
    {
        await using var db = factory.Create();
        var found = await db.Dossiers.AsNoTracking().Where(d => d.Code == code)
            .Select(d => new { d.Id, d.Code, d.ApplicantName, d.StatusCode, d.SubmittedAt, d.DueAt }).ToListAsync();
        return found.Count;
    }

    /// <summary>Applicants whose folded name starts with the prefix, in name order (a range on the name index).</summary>
    private async Task<int> ByNameAsync(string prefix)
    {
        var upper = prefix + '\uffff';
        await using var db = factory.Create();
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.ApplicantSearchName.CompareTo(prefix) >= 0 && d.ApplicantSearchName.CompareTo(upper) < 0)
            .OrderBy(d => d.ApplicantSearchName)
            .Take(PageSize)
            .Select(d => new { d.Id, d.Code, d.ApplicantName, d.StatusCode, d.SubmittedAt })
            .ToListAsync();
        return found.Count;
    }

    /// <summary>Dossiers finished in the month, counted by status and punctuality.</summary>
    private async Task<int> MonthlyReportAsync(DateTime from, DateTime to)
    {
        await using var db = factory.Create();
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.FinishedAt >= from && d.FinishedAt < to)
            .GroupBy(d => new { d.StatusCode, d.FinishPunctuality })
            .Select(g => new { g.Key.StatusCode, g.Key.FinishPunctuality, Count = g.Count() })
            .ToListAsync();
        return rows.Sum(r => r.Count);
    }
}
