using Microsoft.Playwright;
using Workflow.Engine.Spreadsheets;
using Workflow.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Web.Tests.Journeys;

/// <summary>
/// The commune leader's dashboard for this month on the demo data: charts drawn, the table by
/// procedure whose counts open the dossiers behind them, and the Excel download whose rows are the
/// table's rows and whose total row is their sum.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReportsTests(WebFixture fixture)
{
    /// <summary>The count columns of the report table, in page order (the on-time rate is not a count).</summary>
    private const string CountCells = "td[data-value]";

    [Fact]
    public async Task The_leader_reads_the_month_by_procedure_opens_the_dossiers_behind_a_count_and_downloads_the_same_figures()
    {
        await using var leader = await fixture.SignedInAsync(DemoAccountNames.Leader);
        await Expect(leader.Test("nav-reports")).ToBeVisibleAsync();
        await leader.OpenAsync("/reports", "leader: reports dashboard");

        // This month is still running: its figures go up to now, and the page says so.
        await Expect(leader.Page.GetByText("(số liệu đến ").First).ToBeVisibleAsync();

        // Charts are drawn from the month's dossiers (the demo seeds some at the ward's desk today).
        await Expect(leader.Test("report-charts")).ToBeVisibleAsync();
        await Expect(leader.Test("chart-channels").Locator("svg").First).ToBeVisibleAsync();
        await Expect(leader.Test("indicators")).ToBeVisibleAsync();
        await leader.ScreenshotAsync("50-leader-reports-by-unit");

        await leader.Test("group-procedure").ClickAsync();
        await leader.Page.WaitForURLAsync(url => url.Contains("group=procedure", StringComparison.Ordinal));
        var table = leader.Page.Locator("[data-test=report-table][data-grouping=procedure]");
        await Expect(table).ToBeVisibleAsync();
        await leader.ScreenshotAsync("51-leader-reports-by-procedure");

        var rows = await ValuesAsync(table.Locator("[data-test=report-row]"));
        var total = (await ValuesAsync(table.Locator("[data-test=report-total]"))).Single();
        Assert.NotEmpty(rows);
        Assert.True(total[0] > 0, "The demo data has dossiers received this month at the ward.");
        for (var column = 0; column < total.Count; column++)
        {
            Assert.Equal(total[column], rows.Sum(r => r[column]));
        }

        // The Excel file holds the same rows and the same total, in the same columns.
        var download = await leader.Page.RunAndWaitForDownloadAsync(() => leader.Test("download-excel").ClickAsync());
        Assert.EndsWith("-procedure.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(RepositoryPaths.Screenshots, "..", download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var sheet = SpreadsheetReader.Read(file).Sheet("Báo cáo");
        for (var r = 0; r <= rows.Count; r++)
        {
            var expected = r < rows.Count ? rows[r] : total;
            var line = 12 + r;
            if (r < rows.Count)
            {
                Assert.Equal(r + 1, (int)sheet.Cell(line, 1).AsNumber());
            }

            for (var column = 0; column < expected.Count; column++)
            {
                Assert.Equal(expected[column], (int)sheet.Cell(line, 4 + column).AsNumber());
            }
        }

        Assert.Equal("Tổng cộng", sheet.Text(12 + rows.Count, 1));

        // The total received opens the list of exactly that many dossiers.
        var received = table.Locator("[data-test=report-total] td[data-figure=Received] a[data-test=drill]");
        await received.ClickAsync();
        await leader.Page.WaitForURLAsync(url => url.Contains("/reports/dossiers", StringComparison.Ordinal));
        await Expect(leader.Test("drill-total")).ToHaveAttributeAsync("data-total", total[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(leader.Test("dossier-link")).ToHaveCountAsync(Math.Min(total[0], 50));
        await leader.ScreenshotAsync("52-leader-report-dossiers");
        await leader.Test("back-to-report").ClickAsync();
        await Expect(leader.Page.Locator("[data-test=report-table][data-grouping=procedure]")).ToBeVisibleAsync();
    }

    private static async Task<List<List<int>>> ValuesAsync(ILocator rows)
    {
        var values = new List<List<int>>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).Locator(CountCells).EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
            values.Add(cells.Select(int.Parse).ToList());
        }

        return values;
    }
}
