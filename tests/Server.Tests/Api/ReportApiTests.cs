using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;
using Workflow.Engine.Reporting.Excel;
using Workflow.Engine.Reporting.Indicators;
using Workflow.Engine.Runtime;
using Workflow.Engine.Spreadsheets;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The reports over the API, on the demo communes' last 30 days (the clock stands at 02/03/2026):
/// the same figures as the engine gives the dashboard, for the units the caller may read, and a
/// refusal naming the input for a period, grouping, figure or unit that cannot be reported on.
/// </summary>
public sealed class ReportApiTests(DemoHistoryServerFactory server) : IClassFixture<DemoHistoryServerFactory>
{
    private const string February = "from=2026-02-01&to=2026-02-28";

    private static readonly ReportPeriod FebruaryPeriod = ReportPeriod.Month(2026, 2);

    [Theory]
    [InlineData("unit")]
    [InlineData("procedure")]
    [InlineData("field")]
    [InlineData("channel")]
    public async Task An_auditor_reads_every_unit_with_the_figures_the_dashboard_shows(string group)
    {
        var auditor = await server.ClientAsAsync("kiemtra");

        var answer = await (await auditor.GetAsync($"/api/reports/dossiers?{February}&group={group}")).ReadAsync();

        var grouping = Enum.Parse<ReportGrouping>(group, ignoreCase: true);
        var expected = await Reports().DossierReportAsync(new ReportRequest(FebruaryPeriod, grouping));
        Assert.True(expected.Total.Received > 0);
        AssertSame(expected.Total, answer.GetProperty("total"));
        AssertSame(expected.Rows, answer.GetProperty("rows"));
        AssertSame(expected.UnitPunctuality, answer.GetProperty("unitPunctuality"));
        Assert.Equal(group, answer.Text("grouping"));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("unitId").ValueKind);
        Assert.Equal("2026-02-28", answer.GetProperty("period").Text("to"));
        Assert.Equal(expected.Definitions.Count, answer.GetProperty("definitions").GetArrayLength());
    }

    [Fact]
    public async Task A_leader_reads_the_unit_they_lead_and_the_indicators_are_the_engines()
    {
        var leader = await server.ClientAsAsync("lanhdao.hoaan", "en");

        var report = await (await leader.GetAsync($"/api/reports/dossiers?{February}")).ReadAsync();
        var indicators = await (await leader.GetAsync($"/api/reports/indicators?{February}")).ReadAsync();

        var request = new ReportRequest(FebruaryPeriod, ReportGrouping.Unit, "p-hoa-an", CultureInfo.GetCultureInfo("en"));
        Assert.Equal("p-hoa-an", report.Text("unitId"));
        AssertSame((await Reports().DossierReportAsync(request)).Total, report.GetProperty("total"));
        Assert.StartsWith("from 01/02/2026", report.GetProperty("period").Text("description"));
        var expected = await new IndicatorService(server.Database, Workspace(), server.Clock).IndicatorsAsync(request);
        Assert.NotEmpty(expected.Dossiers);
        Assert.Equal(expected.SupportedPoints, indicators.GetProperty("supportedPoints").GetDecimal());
        Assert.Equal(expected.SupportedMaximum, indicators.GetProperty("supportedMaximum").GetInt32());
        Assert.Equal(expected.Circular01.Select(s => (s.Definition.Id, s.Evaluated, s.AveragePoints)),
            indicators.GetProperty("circular01").EnumerateArray().Select(s => (s.Text("id"), s.GetProperty("evaluated").GetInt32(), s.GetProperty("averagePoints").ValueKind == JsonValueKind.Null ? (decimal?)null : s.GetProperty("averagePoints").GetDecimal())));
        AssertSame(expected.Dossiers, indicators.GetProperty("dossiers"));
        Assert.Equal(expected.Unsupported.Select(u => u.NameEn), indicators.GetProperty("unsupported").EnumerateArray().Select(u => u.Text("name")));
    }

    [Fact]
    public async Task The_dossiers_behind_a_figure_are_as_many_as_the_figure_says()
    {
        var auditor = await server.ClientAsAsync("kiemtra");
        var report = await Reports().DossierReportAsync(new ReportRequest(FebruaryPeriod, ReportGrouping.Unit));
        var row = report.Rows.First(r => r.Key == "p-hoa-an");

        foreach (var (figure, count) in new[] { ("received", row.Figures.Received), ("finished-on-time", row.Figures.FinishedOnTime), ("finished-late", row.Figures.FinishedLate), ("in-progress", row.Figures.InProgress) })
        {
            var page = await (await auditor.GetAsync($"/api/reports/figures/{figure}/dossiers?{February}&group=unit&row=p-hoa-an&pageSize=200")).ReadAsync();
            Assert.Equal(count, page.GetProperty("total").GetInt32());
            Assert.Equal(count, page.GetProperty("items").GetArrayLength());
            Assert.All(page.GetProperty("items").EnumerateArray(), d => Assert.Equal("p-hoa-an", d.Text("receivingUnitId")));
        }

        var total = await (await auditor.GetAsync($"/api/reports/figures/finished/dossiers?{February}")).ReadAsync();
        Assert.Equal(report.Total.Finished, total.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_excel_file_is_the_report_with_the_api_total()
    {
        var leader = await server.ClientAsAsync("lanhdao.tanphumy");

        var response = await leader.GetAsync($"/api/reports/dossiers.xlsx?{February}&group=procedure");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-h55.32-20260201-20260228-procedure.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"').ToLowerInvariant());
        var sheet = SpreadsheetReader.Read(await response.Content.ReadAsStreamAsync()).Sheets[0];
        var totalRow = Enumerable.Range(PeriodicReportWorkbook.FirstDataRow, 200).First(r => sheet.Text(r, 1) is "Tổng cộng");
        var answer = await (await leader.GetAsync($"/api/reports/dossiers?{February}&group=procedure")).ReadAsync();
        var total = answer.GetProperty("total");
        Assert.Equal(total.GetProperty("received").GetInt32(), sheet.Cell(totalRow, 4).AsInteger());
        Assert.Equal(total.GetProperty("finished").GetInt32(), sheet.Cell(totalRow, 8).AsInteger());
        Assert.Equal(total.GetProperty("finishedLate").GetInt32(), sheet.Cell(totalRow, 11).AsInteger());
        Assert.Equal(total.GetProperty("inProgress").GetInt32(), sheet.Cell(totalRow, 12).AsInteger());
    }

    [Theory]
    [InlineData("/api/reports/dossiers")]
    [InlineData("/api/reports/dossiers.xlsx")]
    [InlineData("/api/reports/indicators")]
    [InlineData("/api/reports/figures/received/dossiers")]
    public async Task Only_leaders_of_the_unit_and_auditors_read_it(string path)
    {
        // A leader of the other commune, naming this one.
        var other = await (await server.ClientAsAsync("lanhdao.tanphumy", "en")).GetAsync($"{path}?{February}&unit=p-hoa-an");
        var problem = await ProblemAssert.FieldAsync(other, HttpStatusCode.Forbidden, "unit");
        Assert.Equal("outside-your-units", problem.Text("code"));
        Assert.Contains("You do not work for the unit p-hoa-an", problem.Text("detail"));
        var inVietnamese = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync("lanhdao.tanphumy")).GetAsync($"{path}?{February}&unit=p-hoa-an"), HttpStatusCode.Forbidden, "unit");
        Assert.StartsWith("Bạn không công tác tại đơn vị p-hoa-an", inVietnamese.Text("detail"));

        // An officer of the commune without a leader's role, and nobody signed in.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientAsAsync("motcua.hoaan")).GetAsync($"{path}?{February}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await server.ClientAsAsync(null)).GetAsync($"{path}?{February}")).StatusCode);

        // An auditor naming a unit that does not exist.
        var unknown = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync("kiemtra")).GetAsync($"{path}?{February}&unit=no-such-unit"), HttpStatusCode.NotFound, "unit");
        Assert.Equal("Không có đơn vị no-such-unit.", unknown.Text("detail"));
    }

    [Theory]
    [InlineData("from=2026-02-01", "to", "Give both the first")]
    [InlineData("to=2026-02-28", "from", "Give both the first")]
    [InlineData("from=2026-03-01&to=2026-02-28", "to", "must not be before the start")]
    [InlineData("from=2010-01-01&to=2026-02-28", "to", "at most 3660 days")]
    [InlineData("from=2026-02-30&to=2026-03-31", "from", null)]
    [InlineData($"{February}&group=week", "group", "unit, procedure, field, channel")]
    public async Task A_period_or_grouping_that_cannot_be_reported_is_refused_naming_it(string query, string field, string? sentence)
    {
        var auditor = await server.ClientAsAsync("kiemtra", "en");

        foreach (var path in new[] { "/api/reports/dossiers", "/api/reports/dossiers.xlsx", "/api/reports/figures/received/dossiers" })
        {
            var problem = await ProblemAssert.FieldAsync(await auditor.GetAsync($"{path}?{query}"), HttpStatusCode.BadRequest, field);
            if (sentence is not null)
            {
                Assert.Contains(sentence, problem.Text("detail"));
            }
        }
    }

    [Fact]
    public async Task An_unknown_figure_or_page_is_refused_naming_it()
    {
        var auditor = await server.ClientAsAsync("kiemtra", "en");

        var figure = await ProblemAssert.FieldAsync(await auditor.GetAsync($"/api/reports/figures/late-ish/dossiers?{February}"), HttpStatusCode.BadRequest, "figure");
        Assert.Contains("finished-late", figure.Text("detail"));
        await ProblemAssert.FieldAsync(await auditor.GetAsync($"/api/reports/figures/received/dossiers?{February}&pageSize=0"), HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task Without_a_period_the_report_is_the_current_month_up_to_now()
    {
        var auditor = await server.ClientAsAsync("kiemtra");

        var answer = await (await auditor.GetAsync("/api/reports/dossiers")).ReadAsync();

        var period = answer.GetProperty("period");
        Assert.Equal("2026-03-01", period.Text("from"));
        Assert.Equal("2026-03-31", period.Text("to"));
        Assert.Equal(server.Clock.GetUtcNow(), period.GetProperty("measuredUntil").GetDateTimeOffset());
        var expected = await Reports().DossierReportAsync(new ReportRequest(ReportPeriod.Month(2026, 3)));
        AssertSame(expected.Total, answer.GetProperty("total"));
    }

    private ReportService Reports() => new(server.Database, Workspace(), server.Clock);

    private Workflow.Engine.Workspace.ProceduresWorkspace Workspace() => server.Services.GetRequiredService<WorkspaceAccessor>().Current;

    /// <summary>The engine's value, written as the server writes JSON, equals what the API answered.</summary>
    private void AssertSame<T>(T expected, JsonElement actual)
    {
        var options = server.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var written = JsonSerializer.SerializeToNode(expected, options);
        var read = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(written, read), $"expected {written?.ToJsonString()}\nbut the API answered {read?.ToJsonString()}");
    }
}
