using Workflow.Engine.Localization;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>
/// Every figure of the March report, checked against expectations worked out by hand from the
/// scenario's table (see <see cref="MarchScenario"/>).
/// </summary>
public sealed class DossierReportTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    private Task<DossierReport> Report(ReportGrouping grouping, string? unit = null) =>
        scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, grouping, unit));

    [Fact]
    public async Task The_totals_account_for_every_dossier_of_the_month()
    {
        var total = (await Report(ReportGrouping.Unit)).Total;

        // Carried over: C1, C2, C3 (C4 finished in February; C5 was only submitted in February).
        Assert.Equal(3, total.CarriedOver);
        // New: online C5, M2; desk M1, M3, M4, M5, M7, M9, M10, M11; post M6.
        Assert.Equal((2, 8, 1, 11), (total.NewOnline, total.NewAtDesk, total.NewByPost, total.NewReceived));
        Assert.Equal(14, total.Received);
        // Finished: early M2; on time C3, C5, M1, M3, M4 (after its apology), M6, M9 (rejected); late C1, M5.
        Assert.Equal((1, 7, 2, 0, 10), (total.FinishedEarly, total.FinishedOnTime, total.FinishedLate, total.FinishedUnclassified, total.Finished));
        Assert.Equal(0.8m, total.OnTimeRate);
        Assert.Equal((1, 1), (total.FinishedAfterApology, total.RejectedInProcessing));
        // M7 withdrawn after acceptance; nothing stopped.
        Assert.Equal((1, 0), (total.WithdrawnAfterAcceptance, total.Stopped));
        // Open at the end: M11 within time; C2 (due 12/03) and M10 (due 27/03) overdue.
        Assert.Equal((1, 2), (total.InProgressWithinTime, total.InProgressOverdue));
        Assert.True(total.Balances);
        Assert.Equal(14, total.Finished + total.ClosedWithoutResult + total.InProgress);
        // Returned in March: C1, C3, C5, M1, M2, M3, M4, M5 and M6 (handed to the post on 13/03).
        Assert.Equal(9, total.Returned);
        Assert.Equal((1, 1, 1), (total.SupplementRequests, total.AskedToComplete, total.ApologiesIssued));
        Assert.Equal((1, 1), (total.Withdrawn, total.RefusedAtIntake));
        Assert.Equal(2m / 11, total.OnlineShare);
        Assert.Equal(1m / 11, total.PostalShare);
        // Ratings in March: M2 very satisfied; C1, M3 satisfied; M5 not satisfied (C4's was in February).
        Assert.Equal((1, 2, 1), (total.VerySatisfied, total.Satisfied, total.NotSatisfied));
        Assert.Equal(0.75m, total.SatisfiedShare);
    }

    [Fact]
    public async Task A_month_still_running_is_measured_up_to_now_so_a_dossier_due_later_is_within_time()
    {
        // Made on Wed 25/03 12:00: M10 (due Fri 27/03 17:00) is not overdue yet, C2 (due 12/03) is; M11 is not yet received.
        var now = new FakeTimeProvider(EngineHarness.Local(2026, 3, 25, 12, 0).ToUniversalTime());
        var request = new ReportRequest(MarchScenario.March);
        var report = await new ReportService(scenario.Harness.Database, scenario.Harness.Workspace.Current, now).DossierReportAsync(request);

        Assert.Equal(13, report.Total.Received);
        Assert.Equal((1, 1), (report.Total.InProgressWithinTime, report.Total.InProgressOverdue));
        Assert.True(report.Total.Balances);
        Assert.Contains("số liệu đến 25/03/2026 12:00", report.Request.Period.Describe(null), StringComparison.Ordinal);

        var drill = new ReportDossierQuery(scenario.Harness.Database, scenario.Harness.Workspace.Current, now);
        var within = await drill.DossiersAsync(request, null, ReportFigure.InProgressWithinTime);
        Assert.Equal([scenario["M10"]], within.Items.Select(d => d.Id));

        // The same month reported after it ended counts M10 overdue at its end.
        Assert.Equal(2, (await Report(ReportGrouping.Unit)).Total.InProgressOverdue);
    }

    [Fact]
    public async Task Average_processing_time_counts_working_hours_and_leaves_out_the_supplement_wait()
    {
        var total = (await Report(ReportGrouping.Unit)).Total;

        // Working hours accepted → result ready (07:00-11:30, 13:30-17:00):
        // C1 25/02 09:00 → 03/03 10:00: 6 + 8 + 8 + 8 + 3 = 33 h
        // C3 27/02 16:00 → 02/03 08:30: 1 + 1.5 = 2.5 h;  C5 08:00 → 08:45: 0.75 h;  M1 09:00 → 09:30: 0.5 h
        // M2 03/03 09:00 → 04/03 08:30: 6 + 1.5 = 7.5 h;  M3 10:00 → 11:00: 1 h;  M4 10/03 10:00 → 11/03 08:00: 5 + 1 = 6 h
        // M5 16/03 09:00 → 20/03 09:00: 6 + 8 + 8 + 8 + 2 = 32 h;  M9 09:00 → 09:30: 0.5 h
        // M6 11/03 09:00 → 13/03 11:00 is 6 + 8 + 4 = 18 h, less the wait 11/03 10:00 → 13/03 09:00 (5 + 8 + 2 = 15 h): 3 h
        var hours = 33m + 2.5m + 0.75m + 0.5m + 7.5m + 1m + 6m + 32m + 0.5m + 3m;
        Assert.Equal(10, total.ProcessingTimeCount);
        Assert.Equal(hours / 8, total.ProcessingWorkingDaysTotal);
        Assert.Equal(hours / 8 / 10, total.AverageProcessingWorkingDays);
    }

    [Fact]
    public async Task Units_roll_up_into_the_province_as_organised_in_March()
    {
        var report = await Report(ReportGrouping.Unit);

        Assert.Equal(
            [(MarchScenario.Province, "H55", 0), (MarchScenario.HoaAn, "H55.31", 1), (MarchScenario.TanPhuMy, "H55.32", 1)],
            report.Rows.Select(r => (r.Key, r.Code, r.Depth)));
        var province = report.Rows[0];
        Assert.Equal(report.Total.Received, province.Figures.Received);
        Assert.Equal(0, province.OwnFigures.Received);

        var tanPhuMy = report.Rows.Single(r => r.Key == MarchScenario.TanPhuMy).Figures;
        // Carried C1, C2, C3; new online C5, M2; desk M1, M7, M9, M10; post M6.
        Assert.Equal((3, 2, 4, 1, 10), (tanPhuMy.CarriedOver, tanPhuMy.NewOnline, tanPhuMy.NewAtDesk, tanPhuMy.NewByPost, tanPhuMy.Received));
        // Finished: early M2; on time C3, C5, M1, M6, M9; late C1.
        Assert.Equal((1, 5, 1), (tanPhuMy.FinishedEarly, tanPhuMy.FinishedOnTime, tanPhuMy.FinishedLate));
        Assert.Equal((1, 0, 2), (tanPhuMy.WithdrawnAfterAcceptance, tanPhuMy.InProgressWithinTime, tanPhuMy.InProgressOverdue));
        Assert.Equal((6, 1, 0), (tanPhuMy.Returned, tanPhuMy.SupplementRequests, tanPhuMy.ApologiesIssued));
        Assert.Equal((1, 1, 0), (tanPhuMy.VerySatisfied, tanPhuMy.Satisfied, tanPhuMy.NotSatisfied));
        Assert.True(tanPhuMy.Balances);

        var hoaAn = report.Rows.Single(r => r.Key == MarchScenario.HoaAn).Figures;
        // New at the desk: M3, M4, M5, M11. Finished: on time M3, M4; late M5. Open: M11.
        Assert.Equal((0, 4, 4), (hoaAn.CarriedOver, hoaAn.NewAtDesk, hoaAn.Received));
        Assert.Equal((0, 2, 1), (hoaAn.FinishedEarly, hoaAn.FinishedOnTime, hoaAn.FinishedLate));
        Assert.Equal((1, 0), (hoaAn.InProgressWithinTime, hoaAn.InProgressOverdue));
        Assert.Equal((1, 1, 1, 3), (hoaAn.RefusedAtIntake, hoaAn.AskedToComplete, hoaAn.ApologiesIssued, hoaAn.Returned));
        Assert.Equal(2m / 3, hoaAn.OnTimeRate);
        Assert.True(hoaAn.Balances);
    }

    [Fact]
    public async Task A_unit_scope_keeps_only_that_unit_and_its_sub_units()
    {
        var report = await Report(ReportGrouping.Unit, MarchScenario.HoaAn);

        Assert.Equal([(MarchScenario.HoaAn, 0)], report.Rows.Select(r => (r.Key, r.Depth)));
        Assert.Equal((4, 3, 1), (report.Total.Received, report.Total.Finished, report.Total.InProgress));
        Assert.Equal("Phường Hòa An", report.ScopeName[..13]);
        Assert.All(report.UnitPunctuality, row => Assert.Contains(row.UnitId, new[] { MarchScenario.HoaAn, MarchScenario.HoaAnOffice }));
    }

    [Fact]
    public async Task By_procedure_each_row_is_the_procedure_with_its_national_code()
    {
        var rows = (await Report(ReportGrouping.Procedure)).Rows.ToDictionary(r => r.Key);

        Assert.Equal(["1.001193", "1.001612", "2.000815", "2.000884", null], (await Report(ReportGrouping.Procedure)).Rows.Select(r => r.Code));
        // Birth: carried C3; new online C5, desk M1, post M6; all four on time (M8 was refused at intake).
        var birth = rows["birth-registration"].Figures;
        Assert.Equal((1, 1, 1, 1, 4, 4, 1), (birth.CarriedOver, birth.NewOnline, birth.NewAtDesk, birth.NewByPost, birth.FinishedOnTime, birth.Finished, birth.RefusedAtIntake));
        // Business household: carried C1; new M2 online, M5 and M10 at the desk; early M2, late C1 and M5; M10 overdue.
        var business = rows["business-household-registration"].Figures;
        Assert.Equal((1, 1, 2, 1, 2, 1), (business.CarriedOver, business.NewOnline, business.NewAtDesk, business.FinishedEarly, business.FinishedLate, business.InProgressOverdue));
        Assert.Equal(1m / 3, business.OnTimeRate);
        var copy = rows["certified-copy"].Figures;
        Assert.Equal((2, 1, 1, 1), (copy.Received, copy.FinishedOnTime, copy.WithdrawnAfterAcceptance, copy.AskedToComplete));
        var signature = rows["signature-certification"].Figures;
        Assert.Equal((2, 2, 1, 1), (signature.Received, signature.FinishedOnTime, signature.RejectedInProcessing, signature.FinishedAfterApology));
        // The land certificate has no national code in its definition: C2 carried and overdue, M11 new and within time.
        var land = rows["land-first-certificate"].Figures;
        Assert.Equal((1, 1, 1, 1), (land.CarriedOver, land.NewAtDesk, land.InProgressOverdue, land.InProgressWithinTime));
    }

    [Fact]
    public async Task By_field_procedures_of_one_field_add_up()
    {
        var rows = (await Report(ReportGrouping.Field)).Rows.ToDictionary(r => r.Key);

        Assert.Equal(4, rows.Count);
        // Chứng thực = certified copy (M3, M7) + signature certification (M4, M9).
        Assert.Equal((4, 3, 1), (rows["Chứng thực"].Figures.Received, rows["Chứng thực"].Figures.Finished, rows["Chứng thực"].Figures.ClosedWithoutResult));
        Assert.Equal(4, rows["Hộ tịch"].Figures.Received);
        Assert.Equal(2, rows["Đất đai"].Figures.InProgress);
    }

    [Fact]
    public async Task By_channel_the_rows_are_desk_online_and_post_with_their_portal_codes()
    {
        var rows = (await Report(ReportGrouping.Channel)).Rows;

        Assert.Equal(["1", "2", "3"], rows.Select(r => r.Code));
        Assert.Equal("Trực tiếp tại Bộ phận một cửa", rows[0].Name);
        // Desk: carried C1, C3 + 8 new; online: carried C2 + C5, M2; post: M6.
        Assert.Equal([10, 3, 1], rows.Select(r => r.Figures.Received));
        Assert.Equal([2, 1, 0], rows.Select(r => r.Figures.CarriedOver));
        // The online refusal (M8) and request to complete (M12) belong to the online channel.
        Assert.Equal((1, 1), (rows[1].Figures.RefusedAtIntake, rows[1].Figures.AskedToComplete));
    }

    [Fact]
    public async Task Late_steps_and_handoffs_count_against_the_unit_that_was_late()
    {
        var report = await Report(ReportGrouping.Unit);
        var rows = report.UnitPunctuality.ToDictionary(r => r.UnitId);

        Assert.Equal([MarchScenario.Province, MarchScenario.HoaAn, MarchScenario.HoaAnOffice, MarchScenario.TanPhuMy, MarchScenario.TanPhuMyOffice], report.UnitPunctuality.Select(r => r.UnitId));
        // C1's review at x-tan-phu-my-kt was due 26/02 17:00 and done 03/03: the handoff it gave is late.
        Assert.Equal((1, 1, 1), (rows[MarchScenario.TanPhuMyOffice].Own.HandoffsLate, rows[MarchScenario.TanPhuMyOffice].Own.StepsLate, rows[MarchScenario.TanPhuMyOffice].Own.LateDossiersAttributed));
        // M5's review at p-hoa-an-kt was due 17/03 17:00 and done 20/03.
        Assert.Equal((1, 1, 1), (rows[MarchScenario.HoaAnOffice].Own.HandoffsLate, rows[MarchScenario.HoaAnOffice].Own.StepsLate, rows[MarchScenario.HoaAnOffice].Own.LateDossiersAttributed));
        // M4's signing at p-hoa-an was due 10/03 16:30 and done 11/03 08:00; the dossier itself was on time
        // against the new appointment, so no late dossier is attributed. The ward also made the apology.
        var hoaAn = rows[MarchScenario.HoaAn].Own;
        Assert.Equal((1, 1, 0, 1), (hoaAn.HandoffsLate, hoaAn.StepsLate, hoaAn.LateDossiersAttributed, hoaAn.ApologiesIssued));
        Assert.Equal(0, rows[MarchScenario.TanPhuMy].Own.HandoffsLate);
        Assert.Equal(3, rows[MarchScenario.Province].Total.HandoffsLate);
        Assert.Equal(2, rows[MarchScenario.Province].Total.LateDossiersAttributed);
        Assert.Equal(0, report.LateDossiersWithoutLateStep);
    }

    [Fact]
    public async Task Labels_and_formulas_come_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var vietnamese = await Report(ReportGrouping.Channel);
        var english = await scenario.Reports.DossierReportAsync(new ReportRequest(MarchScenario.March, ReportGrouping.Channel, Culture: Text.English));

        Assert.Equal("Tất cả đơn vị", vietnamese.ScopeName);
        Assert.Equal("All units", english.ScopeName);
        Assert.Equal("Online", english.Rows[1].Name);
        Assert.Contains(vietnamese.Definitions, d => d.Id == "onTimeRate" && d.Formula(null).StartsWith("(Trước hạn + Đúng hạn)", StringComparison.Ordinal));
        Assert.Contains(english.Definitions, d => d.Id == "onTimeRate" && d.Formula(Text.English) == "(Early + On time) / Finished; not given when nothing was finished");
        // By channel there is no roll-up of units, so its note is left out.
        Assert.Equal(3, english.Notes.Count);
        Assert.Equal(4, (await Report(ReportGrouping.Unit)).Notes.Count);
    }
}
