using Workflow.Engine.Localization;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Indicators;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>The evaluation indicators of March, worked out by hand from the scenario.</summary>
public sealed class IndicatorTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    private Task<IndicatorReport> Indicators(string? unit = null, System.Globalization.CultureInfo? culture = null) =>
        new IndicatorService(scenario.Harness.Database, scenario.Harness.Workspace.Current, scenario.Harness.Clock)
            .IndicatorsAsync(new ReportRequest(MarchScenario.March, UnitId: unit, Culture: culture));

    private static IndexSummary Summary(IndicatorReport report, IndicatorDefinition definition) =>
        report.Circular01.Single(s => s.Definition.Id == definition.Id);

    [Fact]
    public async Task Each_finished_dossier_is_scored_on_the_indices_the_data_supports()
    {
        var report = await Indicators();

        // The ten dossiers finished in March: C1, C3, C5, M1, M2, M3, M4, M5, M6, M9.
        Assert.Equal(10, report.Dossiers.Count);
        // Index 1: M2 early (2); C3, C5, M1, M3, M4, M6, M9 on time (1 each); C1, M5 late (0).
        Assert.Equal((10, 2, 7, 1), Pick(Summary(report, EvaluationIndicators.TotalTime)));
        Assert.Equal(0.9m, Summary(report, EvaluationIndicators.TotalTime).AveragePoints);
        // Index 2: a late step in C1 (x-tan-phu-my-kt), M4 (p-hoa-an) and M5 (p-hoa-an-kt) gives 0; every other
        // step was done on its due day, so on time, not early: 1.
        Assert.Equal((10, 3, 7, 0), Pick(Summary(report, EvaluationIndicators.TimeAtEachAgency)));
        // Index 3: only M6 came back once (the supplement): 1 point; the nine others 2.
        Assert.Equal((10, 0, 1, 9), Pick(Summary(report, EvaluationIndicators.TimesCameBack)));
        Assert.Equal(1.9m, Summary(report, EvaluationIndicators.TimesCameBack).AveragePoints);
        // Index 4: every citizen dealt with the receiving unit only (M5 paid at its own desk, M2 through the gateway).
        Assert.Equal((10, 0, 0, 10), Pick(Summary(report, EvaluationIndicators.AgenciesContacted)));
        // Index 5: nine results returned by the receiving unit's desk; M9 (refused to resolve) has no return step.
        Assert.Equal((9, 0, 0, 9), Pick(Summary(report, EvaluationIndicators.OneStopDesk)));
        // Index 8: no feedback about these dossiers, so it applies to none.
        Assert.Equal((0, 0, 0, 0), Pick(Summary(report, EvaluationIndicators.FeedbackHandling)));
        Assert.Null(Summary(report, EvaluationIndicators.FeedbackHandling).AveragePoints);
        // Index 9: M2 full online (2); C5 filed online but collected at the desk (1); the eight others not online (0).
        Assert.Equal((10, 8, 1, 1), Pick(Summary(report, EvaluationIndicators.OnlineService)));

        var m6 = report.Dossiers.Single(d => d.DossierId == scenario["M6"]);
        Assert.Equal((1, "1"), (m6.Score(EvaluationIndicators.TimesCameBack.Id).Points, m6.Score(EvaluationIndicators.TimesCameBack.Id).Basis));
        var m4 = report.Dossiers.Single(d => d.DossierId == scenario["M4"]);
        Assert.Equal(0, m4.Score(EvaluationIndicators.TimeAtEachAgency.Id).Points);
        // The bases name the units as the organisation does, never by their ids, and say "late" in the report's language.
        Assert.Contains("Phường Hòa An: Quá hạn", m4.Score(EvaluationIndicators.TimeAtEachAgency.Id).Basis, StringComparison.Ordinal);
        Assert.Equal("Phường Hòa An", m4.Score(EvaluationIndicators.AgenciesContacted.Id).Basis);
        Assert.Equal("Phường Hòa An", m4.Score(EvaluationIndicators.OneStopDesk.Id).Basis);
        Assert.DoesNotContain(report.Dossiers.SelectMany(d => d.Scores), s => s.Basis.Contains("p-hoa-an", StringComparison.Ordinal) || s.Basis.Contains("x-tan-phu-my", StringComparison.Ordinal));
        // No English enum names on a Vietnamese page ("Late", "OnTime", "Online, Full, Post" before).
        var m2 = report.Dossiers.Single(d => d.DossierId == scenario["M2"]);
        Assert.Equal("Trực tuyến, trực tuyến toàn trình, trả kết quả trực tuyến", m2.Score(EvaluationIndicators.OnlineService.Id).Basis);
        Assert.DoesNotContain(report.Dossiers.SelectMany(d => d.Scores), s => System.Text.RegularExpressions.Regex.IsMatch(s.Basis, @"\b(Early|OnTime|Late|Desk|Online|Post|Full|Partial)\b"));
    }

    [Fact]
    public async Task Decision_766_groups_are_scored_only_where_the_data_allows_with_their_parts()
    {
        var report = await Indicators();
        var groups = report.Decision766.ToDictionary(g => g.Definition.Id);

        // Progress: (1 early + 7 on time) / 10 finished × 20.
        Assert.Equal(16m, groups["d766-progress"].Points);
        // Online service: full online M2 of the six dossiers of full-online procedures accepted in March
        // (birth: C5, M1, M6; business household: M2, M5, M10); payments: M2 by the gateway, M5 at the desk.
        var online = groups["d766-online-service"];
        Assert.Equal([(1, 6), (1, 2)], online.Ratios.Select(r => (r.Numerator, r.Denominator)));
        Assert.Equal(Math.Round(11m / 6 + 11m / 2, 6), Math.Round(online.Points!.Value, 6));
        // Satisfaction: 3 satisfied or better of 4 ratings × 18.
        Assert.Equal(13.5m, groups["d766-satisfaction"].Points);
        // Digitisation: nothing was scanned, no electronic result issued, nothing reused in this March, so 0 of its 22.
        Assert.Equal(0m, groups["d766-digitisation"].Points);
        Assert.Equal(82, report.SupportedMaximum);
        Assert.Equal(Math.Round(16m + 11m / 6 + 11m / 2 + 13.5m, 6), Math.Round(report.SupportedPoints, 6));
    }

    [Fact]
    public async Task What_the_data_cannot_support_is_listed_with_the_reason()
    {
        var report = await Indicators();

        Assert.Contains(report.Unsupported, u => u.Id == "c01-7-officer-attitude" && u.Reason(null).StartsWith("Không được ghi nhận", StringComparison.Ordinal));
        Assert.Contains(report.Unsupported, u => u.Id == "c01-6-public-listing");
        Assert.Contains(report.Unsupported, u => u.Id == "d766-transparency");
        Assert.DoesNotContain(report.Unsupported, u => u.Id == "d766-digitisation");
        Assert.Contains(report.Unsupported, u => u.Id == "c01-agency-grade");
        Assert.DoesNotContain(report.Decision766, g => g.Definition.Id == "d766-transparency");
        Assert.All(report.Circular01, s => Assert.False(string.IsNullOrWhiteSpace(s.Definition.Formula(Text.English))));
        Assert.Equal("Not recorded: the citizen gives one overall satisfaction level per dossier, not a rating of officer attitude.",
            report.Unsupported.Single(u => u.Id == "c01-7-officer-attitude").Reason(Text.English));
    }

    [Fact]
    public async Task A_unit_scope_scores_only_that_units_dossiers()
    {
        var report = await Indicators(MarchScenario.HoaAn);

        // p-hoa-an finished M3, M4 (on time) and M5 (late).
        Assert.Equal(3, report.Dossiers.Count);
        Assert.Equal((3, 1, 2, 0), Pick(Summary(report, EvaluationIndicators.TotalTime)));
        // Progress 2/3 × 20; its only full-online-procedure dossier (M5) was at the desk; one desk payment; ratings M3, M5.
        var groups = report.Decision766.ToDictionary(g => g.Definition.Id);
        Assert.Equal(Math.Round(40m / 3, 6), Math.Round(groups["d766-progress"].Points!.Value, 6));
        Assert.Equal([(0, 1), (0, 1)], groups["d766-online-service"].Ratios.Select(r => (r.Numerator, r.Denominator)));
        Assert.Equal(9m, groups["d766-satisfaction"].Points);
    }

    private static (int Evaluated, int Zero, int One, int Two) Pick(IndexSummary s) => (s.Evaluated, s.ZeroPoints, s.OnePoint, s.TwoPoints);
}
