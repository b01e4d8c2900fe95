using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Inbox;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Reporting;
using Workflow.Engine.Runtime;

namespace Workflow.Bench;

/// <summary>
/// Scenario 4's queries on the generated data: the engine's own query and report services, called
/// as the server's pages call them (same arguments, same page sizes, same calls one after the other
/// or side by side), each timed from the call to having its result.
/// </summary>
public sealed class QueryScenario
{
    /// <summary>The inbox and the search page ask for pages of 20.</summary>
    public const int PageSize = 20;

    private readonly IReadOnlyList<SampleDossier> _dossiers;
    private readonly int _samples;
    private readonly WorkflowDbContextFactory _factory;
    private readonly WorkspaceAccessor _workspace;
    private readonly InboxQuery _inbox;
    private readonly AuditQuery _audit;
    private readonly DossierDetailQuery _details;
    private readonly DossierSearchQuery _search;

    public QueryScenario(WorkflowDbContextFactory factory, IReadOnlyList<SampleDossier> dossiers, int samples)
    {
        _factory = factory;
        _dossiers = dossiers;
        _samples = samples;
        // The server registers these as singletons over one workspace, the real clock and the default options.
        _workspace = new WorkspaceAccessor(EngineSetup.LoadedWorkspace);
        _inbox = new InboxQuery(factory, _workspace, TimeProvider.System, new EngineOptions());
        _audit = new AuditQuery(factory);
        _details = new DossierDetailQuery(factory, _workspace, TimeProvider.System);
        _search = new DossierSearchQuery(factory, TimeProvider.System);
    }

    public async Task<JsonObject> RunAsync()
    {
        var random = new Random(42);
        var results = new JsonObject();
        // A first pass of each query warms the plans and the caches; it is not counted.
        foreach (var pass in new[] { Math.Max(5, _samples / 10), _samples })
        {
            var counted = pass == _samples;
            var inbox = await Time(pass, () => InboxPageAsync(RandomOfficer(random)));
            var inboxList = await Time(pass, () => InboxFirstPageAsync(RandomOfficer(random)));
            var trace = await Time(pass, () => TraceAsync(Pick(random).Id));
            var byCode = await Time(pass, () => OfficerSearchAsync(Pick(random), d => d.Code));
            var byName = await Time(pass, () => OfficerSearchAsync(Pick(random), d => Prefix(d.SearchName, random)));
            var byCodeAuditor = await Time(pass, () => AuditorSearchAsync(Pick(random).Code));
            var byNameAuditor = await Time(pass, () => AuditorSearchAsync(Prefix(Pick(random).SearchName, random)));
            if (counted)
            {
                results["inbox"] = Summary(inbox);
                results["inboxFirstPageOnly"] = Summary(inboxList);
                results["trace"] = Summary(trace);
                results["searchByCode"] = Summary(byCode);
                results["searchByApplicant"] = Summary(byName);
                results["searchByCodeAuditor"] = Summary(byCodeAuditor);
                results["searchByApplicantAuditor"] = Summary(byNameAuditor);
            }
        }

        results["monthlyReport"] = await MonthlyReportsAsync();
        return results;
    }

    /// <summary>The monthly reports alone.</summary>
    public async Task<JsonObject> RunReportOnlyAsync() => new() { ["monthlyReport"] = await MonthlyReportsAsync() };

    private SampleDossier Pick(Random random) => _dossiers[random.Next(_dossiers.Count)];

    /// <summary>An officer of a random generated commune or economic office.</summary>
    private static string RandomOfficer(Random random)
    {
        var (commune, office, _) = DataGenerator.Units[random.Next(DataGenerator.Units.Length)];
        return GeneratedOfficers.OfficerAt(random.Next(2) == 0 ? commune : office, random);
    }

    /// <summary>
    /// The inbox page as it opens: the first page of 20 and, side by side, the four counts of its
    /// due-status cards (all, on time, due soon, overdue), each a page of one.
    /// </summary>
    private async Task<int> InboxPageAsync(string officerId)
    {
        var page = _inbox.ListAsync(officerId, new InboxFilter(Page: new PageRequest(1, PageSize)));
        await Task.WhenAll(new DueStatus?[] { null, DueStatus.OnTime, DueStatus.DueSoon, DueStatus.Overdue }
            .Select(due => _inbox.ListAsync(officerId, new InboxFilter(due, Page: new PageRequest(1, 1)))));
        return (await page).Items.Count;
    }

    /// <summary>The inbox's first page alone (what the API's inbox endpoint returns).</summary>
    private async Task<int> InboxFirstPageAsync(string officerId) =>
        (await _inbox.ListAsync(officerId, new InboxFilter(Page: new PageRequest(1, PageSize)))).Items.Count;

    /// <summary>The auditor's trace page: the journal with its hash chain checked, then the dossier's detail.</summary>
    private async Task<int> TraceAsync(Guid dossierId)
    {
        var journal = await _audit.JournalAsync(dossierId) ?? throw new InvalidOperationException($"dossier {dossierId} not found");
        _ = await _details.FindAsync(dossierId, null, withFiles: false) ?? throw new InvalidOperationException($"dossier {dossierId} has no detail");
        return journal.Lines.Count;
    }

    /// <summary>The search page of the desk officer of the dossier's commune: within their units, first page of 20.</summary>
    private async Task<int> OfficerSearchAsync(SampleDossier dossier, Func<SampleDossier, string> text)
    {
        var officer = EngineSetup.Officer(dossier.ReceivingUnitId, "desk-officer").Id;
        var page = await _search.SearchAsync(officer, new DossierSearchFilter(text(dossier), Page: new PageRequest(1, PageSize)));
        return page.Items.Count;
    }

    /// <summary>The auditor's search (the trace page's list): every dossier, first page of 20.</summary>
    private async Task<int> AuditorSearchAsync(string text)
    {
        var page = await _search.SearchAsync(null, new DossierSearchFilter(text, Page: new PageRequest(1, PageSize)));
        return page.Items.Count;
    }

    /// <summary>
    /// The dashboard of a leader who sees every unit: the dossier report by unit for the whole
    /// province, for each of the last twelve full months (local calendar months).
    /// </summary>
    private async Task<JsonObject> MonthlyReportsAsync()
    {
        var today = VietnamTime.LocalDate(DateTimeOffset.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1);
        var reports = new List<(double Ms, int Finished)>();
        for (var m = 1; m <= 12; m++)
        {
            var from = month.AddMonths(-m);
            var request = new ReportRequest(ReportPeriod.Month(from.Year, from.Month), ReportGrouping.Unit);
            var started = Stopwatch.GetTimestamp();
            // The dashboard makes a new service for each load.
            var report = await new ReportService(_factory, _workspace.Current, TimeProvider.System).DossierReportAsync(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var finished = report.Total.Finished + report.Total.RefusedAtIntake + report.Total.Withdrawn;
            reports.Add((ms, finished));
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}]    report {request.Period}: {ms:0} ms, {finished:N0} dossiers finished, {report.Rows.Count} rows");
        }

        return new JsonObject
        {
            ["months"] = reports.Count,
            ["medianMs"] = Math.Round(Figure.Of(reports.Select(r => r.Ms)).Median, 1),
            ["maxMs"] = Math.Round(reports.Max(r => r.Ms), 1),
            ["dossiersPerMonthMedian"] = Figure.Of(reports.Select(r => (double)r.Finished)).Median,
        };
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
}
