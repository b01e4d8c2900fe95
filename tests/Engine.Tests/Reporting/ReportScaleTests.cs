using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Reporting;
using Workflow.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>
/// A one-month report over a million dossiers on PostgreSQL must come back in under two seconds:
/// the counts are GROUP BY queries, and only the month's finished dossiers are read one by one
/// (for their working-day processing time).
/// </summary>
public sealed class ReportScaleTests(ITestOutputHelper output)
{
    private const int Dossiers = 1_000_000;

    [PostgresFact]
    public async Task A_month_over_a_million_dossiers_reports_in_under_two_seconds()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 4, 1, 8, 0));
        var seeding = Stopwatch.StartNew();
        await using (var db = h.Database.Create())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(SeedSql);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        output.WriteLine($"seeded {Dossiers:N0} dossiers in {seeding.Elapsed.TotalSeconds:0.0} s");
        var reports = new ReportService(h.Database, h.Workspace.Current, h.Clock);
        await reports.DossierReportAsync(new ReportRequest(ReportPeriod.Month(2026, 2)));

        var timer = Stopwatch.StartNew();
        var report = await reports.DossierReportAsync(new ReportRequest(ReportPeriod.Month(2026, 3)));
        timer.Stop();
        output.WriteLine($"March report: {timer.ElapsedMilliseconds} ms, received {report.Total.Received:N0}, finished {report.Total.Finished:N0}, processing times {report.Total.ProcessingTimeCount:N0}");

        Assert.True(report.Total.Received > 80_000, $"only {report.Total.Received} dossiers in the month");
        Assert.True(report.Total.Balances);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(2), $"the March report took {timer.ElapsedMilliseconds} ms");
    }

    /// <summary>
    /// A year of dossiers, one every 31.5 seconds from 01/04/2025, over six communes of both
    /// organisations (before and after 01/07/2025); one dossier in 50 still open. The month's
    /// dossiers also get a handoff, a completed step, and a rating for one in three.
    /// </summary>
    private const string SeedSql = """
        INSERT INTO dossiers ("Id","Code","ProcedureId","ProcedureVersion","ProcedureName","State","StatusCode","Channel","ReceivingUnitId",
            "ApplicantName","ApplicantSearchName","DataJson","DocumentsJson","Sets","SubmittedAt","AcceptedAt","DueAt","AppointmentAt",
            "Rescheduled","FinishedAt","ReturnedAt","FinishPunctuality","Result","UpdatedAt","Version","ResultDelivery")
        SELECT md5(i::text)::uuid, 'S-' || i,
            (ARRAY['birth-registration','certified-copy','signature-certification','business-household-registration','land-first-certificate'])[1 + i % 5],
            CASE WHEN i % 5 = 3 AND t >= timestamptz '2025-06-30 17:00Z' THEN 2 ELSE 1 END, 'P',
            CASE WHEN i % 50 = 0 THEN 'InProgress' WHEN i % 97 = 0 THEN 'Withdrawn' ELSE 'Returned' END,
            CASE WHEN i % 50 = 0 THEN 4 WHEN i % 97 = 0 THEN 7 ELSE 10 END,
            (ARRAY['Desk','Online','Post'])[1 + i % 3],
            CASE WHEN t < timestamptz '2025-06-30 17:00Z' THEN (ARRAY['p-an-lac','p-hoa-binh','x-tan-phu'])[1 + i % 3]
                 ELSE (ARRAY['p-hoa-an','x-tan-phu-my','x-song-xanh'])[1 + i % 3] END,
            'Nguyễn Văn A', 'nguyen van a', '{{}}', '[]', 1, t, t, t + interval '3 days', t + interval '3 days', false,
            CASE WHEN i % 50 = 0 THEN NULL ELSE t + interval '2 days' END,
            CASE WHEN i % 50 = 0 OR i % 97 = 0 THEN NULL ELSE t + interval '2 days 1 hour' END,
            CASE WHEN i % 50 = 0 OR i % 97 = 0 THEN NULL WHEN i % 4 = 0 THEN 'Late' WHEN i % 4 = 1 THEN 'Early' ELSE 'OnTime' END,
            CASE WHEN i % 50 = 0 THEN NULL WHEN i % 97 = 0 THEN 'Withdrawn' ELSE 'Issued' END,
            t, 1, 'Desk'
        FROM generate_series(1, 1000000) AS i, LATERAL (SELECT timestamptz '2025-03-31 17:00Z' + i * interval '31.5 seconds' AS t) AS x;

        INSERT INTO work_items ("Id","DossierId","Kind","StepId","StepName","Phase","UnitId","Role","Status","CreatedAt","DueAt","CompletedAt","Punctuality","ForkPath")
        SELECT md5('w' || d."Id"::text)::uuid, d."Id", 'Task', 'verify', 'Thẩm định', 'Processing', d."ReceivingUnitId", 'specialist', 'Completed',
            d."AcceptedAt", d."AcceptedAt" + interval '1 day', d."AcceptedAt" + interval '1 day', CASE WHEN d."Code" LIKE '%7' THEN 'Late' ELSE 'OnTime' END, ''
        FROM dossiers d WHERE d."AcceptedAt" >= timestamptz '2026-02-28 17:00Z';

        INSERT INTO journal_entries ("DossierId","Sequence","At","Command","ActorUnitId","ToStatus","ToState","WorkItemId","StepId","HandoffFromUnitId","HandoffToUnitId","HandoffPunctuality","PreviousHash","Hash")
        SELECT w."DossierId", s.n, w."CompletedAt", s.command, w."UnitId", 4, 'InProgress', w."Id", 'verify',
            CASE WHEN s.n = 2 THEN w."UnitId" END, CASE WHEN s.n = 2 THEN w."UnitId" END, CASE WHEN s.n = 2 THEN w."Punctuality" END, '', ''
        FROM work_items w CROSS JOIN (VALUES (1, 'complete'), (2, 'handoff')) AS s(n, command);

        INSERT INTO ratings ("Id","DossierId","Level","Channel","RatedAt")
        SELECT md5('r' || d."Id"::text)::uuid, d."Id", (ARRAY['VerySatisfied','Satisfied','NotSatisfied'])[1 + abs(hashtext(d."Code")) % 3], 'online', d."ReturnedAt"
        FROM dossiers d WHERE d."ReturnedAt" >= timestamptz '2026-02-28 17:00Z' AND d."Code" LIKE '%3';
        """;

    /// <summary>JIT compiling a month's GROUP BYs cost more than running them; the engine's sessions start without it.</summary>
    [PostgresFact]
    public async Task Engine_sessions_start_without_JIT_compilation()
    {
        await using var h = await EngineHarness.StartAsync();
        await using var db = h.Database.Create();
        Assert.Equal("off", await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
    }
}
