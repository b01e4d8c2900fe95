using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>
/// The dossiers listed behind a figure are exactly as many as the figure counts, for every row of
/// every grouping, the total, and a unit scope (see <see cref="MarchScenario"/>).
/// </summary>
public sealed class DrilldownTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    private ReportDossierQuery Query => new(scenario.Harness.Database, scenario.Harness.Workspace.Current, scenario.Harness.Clock);

    [Theory]
    [InlineData(ReportGrouping.Unit, null)]
    [InlineData(ReportGrouping.Unit, MarchScenario.HoaAn)]
    [InlineData(ReportGrouping.Procedure, null)]
    [InlineData(ReportGrouping.Field, null)]
    [InlineData(ReportGrouping.Channel, null)]
    public async Task Every_figure_lists_as_many_dossiers_as_it_counts(ReportGrouping grouping, string? unit)
    {
        var request = new ReportRequest(MarchScenario.March, grouping, unit);
        var report = await scenario.Reports.DossierReportAsync(request);
        var rows = report.Rows.Select(r => (Key: (string?)r.Key, r.Figures)).Append((Key: null, Figures: report.Total));
        foreach (var (key, figures) in rows)
        {
            foreach (var figure in Enum.GetValues<ReportFigure>())
            {
                var page = await Query.DossiersAsync(request, key, figure, new PageRequest(1, PageRequest.MaxSize));
                Assert.True(ReportFigureValues.Of(figures, figure) == page.Total, $"{grouping} {key ?? "total"} {figure}: figure {ReportFigureValues.Of(figures, figure)}, listed {page.Total}");
                Assert.Equal(page.Total, page.Items.Select(d => d.Id).Distinct().Count());
            }
        }
    }

    [Fact]
    public async Task The_late_dossiers_of_a_unit_are_those_the_scenario_finished_late()
    {
        var request = new ReportRequest(MarchScenario.March, ReportGrouping.Unit);
        var late = await Query.DossiersAsync(request, MarchScenario.TanPhuMy, ReportFigure.FinishedLate);

        // Tân Phú Mỹ finished C1 late (Hòa An's late M5 is not in its row).
        Assert.Equal([scenario["C1"]], late.Items.Select(d => d.Id));
    }
}
