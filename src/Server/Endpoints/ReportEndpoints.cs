using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Calendars;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;
using Workflow.Engine.Reporting.Excel;
using Workflow.Server.Authorization;
using Workflow.Server.Components.Pages.Reports;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Reports;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// The dashboard's reports over the API: the same engine queries (<see cref="ReportService"/>,
/// <see cref="Engine.Reporting.Indicators.IndicatorService"/>, <see cref="ReportDossierQuery"/>, <see cref="PeriodicReportWorkbook"/>)
/// with the same unit scope (<see cref="ReportAccess"/>): leaders and unit heads on the units they work for, auditors on any or all.
/// </summary>
public static class ReportEndpoints
{
    public const string ExcelMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup("/api/reports").WithTags("Báo cáo / Reports").RequireAuthorization(Policies.ReportReader).AlsoRefuses(StatusCodes.Status404NotFound);

        reports.MapGet("/dossiers", DossierReportAsync).WithName("DossierReport")
            .WithSummary("Tình hình giải quyết hồ sơ theo đơn vị, thủ tục, lĩnh vực hoặc kênh / The dossier report by unit, procedure, field or channel");
        reports.MapGet("/dossiers.xlsx", ExcelAsync).WithName("DossierReportExcel").Produces(StatusCodes.Status200OK, contentType: ExcelMediaType)
            .WithSummary("Báo cáo định kỳ dạng Excel / The periodic report as an Excel file");
        reports.MapGet("/indicators", IndicatorsAsync).WithName("IndicatorReport")
            .WithSummary("Chỉ số đánh giá (Thông tư 01/2018, Quyết định 766) / The evaluation indicators");
        reports.MapGet("/figures/{figure}/dossiers", DrilldownAsync).WithName("ReportFigureDossiers")
            .WithSummary("Các hồ sơ tạo nên một số liệu của báo cáo / The dossiers behind one figure of the report");
    }

    private static async Task<Ok<DossierReportView>> DossierReportAsync(ClaimsPrincipal user, ReportSources sources, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, string? unit = null, string? group = null)
    {
        var request = await RequestAsync(user, sources, from, to, unit, group);
        return TypedResults.Ok(DossierReportView.Of(await sources.Reports.DossierReportAsync(request, cancellationToken)));
    }

    private static async Task<FileContentHttpResult> ExcelAsync(ClaimsPrincipal user, ReportSources sources, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, string? unit = null, string? group = null)
    {
        var request = await RequestAsync(user, sources, from, to, unit, group);
        var report = await sources.Reports.DossierReportAsync(request, cancellationToken);
        using var content = new MemoryStream();
        PeriodicReportWorkbook.Write(report, content);
        return TypedResults.File(content.ToArray(), ExcelMediaType, ReportLinks.ExcelFileName(report));
    }

    private static async Task<Ok<IndicatorReportView>> IndicatorsAsync(ClaimsPrincipal user, ReportSources sources, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, string? unit = null)
    {
        // The dashboard scores the indicators over the unit scope, whatever the table's grouping.
        var request = await RequestAsync(user, sources, from, to, unit, null);
        return TypedResults.Ok(IndicatorReportView.Of(await sources.Indicators.IndicatorsAsync(request, cancellationToken)));
    }

    private static async Task<Ok<PageOf<DossierSummary>>> DrilldownAsync(string figure, ClaimsPrincipal user, ReportSources sources, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, string? unit = null, string? group = null, string? row = null,
        int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .Required(figure, "figure", InputLimits.Id)
            .That(string.IsNullOrWhiteSpace(figure) || KebabCase.TryParse<ReportFigure>(figure, out _), "figure",
                $"\"figure\" phải là một trong: {KebabCase.Choices<ReportFigure>()}.", $"\"figure\" must be one of: {KebabCase.Choices<ReportFigure>()}.")
            .MaxLength(row, "row", InputLimits.Id)
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .ThrowIfInvalid();
        KebabCase.TryParse<ReportFigure>(figure, out var chosen);
        var request = await RequestAsync(user, sources, from, to, unit, group);
        var dossiers = await sources.Drilldown.DossiersAsync(request, string.IsNullOrWhiteSpace(row) ? null : row, chosen!.Value, new PageRequest(page, pageSize), cancellationToken);
        return TypedResults.Ok(Pages.From(dossiers));
    }

    /// <summary>
    /// Checks the period, grouping and unit, then decides the scope as the dashboard does: a unit the caller
    /// may report on, or (no unit given) all units for an auditor and the first of their units for a leader.
    /// </summary>
    private static async Task<ReportRequest> RequestAsync(ClaimsPrincipal user, ReportSources sources, DateOnly? from, DateOnly? to, string? unit, string? group)
    {
        new RequestCheck()
            .SaneDate(from, "from")
            .SaneDate(to, "to")
            .ThrowIfInvalid();
        new RequestCheck()
            .That(from.HasValue == to.HasValue, from.HasValue ? "to" : "from",
                "Cho cả ngày đầu (\"from\") và ngày cuối (\"to\") của kỳ báo cáo, hoặc bỏ cả hai để lấy tháng hiện tại.",
                "Give both the first (\"from\") and the last day (\"to\") of the period, or neither for the current month.")
            .That(from is null || to is null || from <= to, "to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The end date must not be before the start date.")
            .That(from is null || to is null || to.Value.DayNumber - from.Value.DayNumber <= ReportLinks.MaxPeriodDays, "to",
                $"Kỳ báo cáo dài tối đa {ReportLinks.MaxPeriodDays} ngày; chọn kỳ ngắn hơn.", $"A report covers at most {ReportLinks.MaxPeriodDays} days; choose a shorter period.")
            .MaxLength(unit, "unit", InputLimits.Id)
            .That(KebabCase.TryParse<ReportGrouping>(group, out var grouping), "group",
                $"\"group\" phải là một trong: {KebabCase.Choices<ReportGrouping>()}.", $"\"group\" must be one of: {KebabCase.Choices<ReportGrouping>()}.")
            .ThrowIfInvalid();

        var today = VietnamTime.LocalDate(sources.Time.GetUtcNow());
        var period = from is { } first && to is { } last ? new ReportPeriod(first, last) : ReportPeriod.Month(today.Year, today.Month);
        var (everything, units) = await new ReportAccess(sources.Officers, sources.Workspace, sources.Time).UnitsAsync(user);
        string? unitId;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            unitId = units.Any(u => u.Id == unit) ? unit
                : everything ? throw ApiProblemException.NotFound("unit-not-found", Language.Pick($"Không có đơn vị {unit}.", $"There is no unit {unit}."), "unit")
                : throw new ApiProblemException(StatusCodes.Status403Forbidden, "outside-your-units", Language.Pick(
                    $"Bạn không công tác tại đơn vị {unit} nên không xem được báo cáo của đơn vị này.",
                    $"You do not work for the unit {unit}, so you cannot read its report."), "unit");
        }
        else
        {
            unitId = everything ? null : units.Count > 0 ? units[0].Id : throw new ApiProblemException(StatusCodes.Status403Forbidden, "no-units", Language.Pick(
                "Bạn chưa được phân công tại đơn vị nào nên chưa có số liệu để xem.", "You work for no unit today, so there is nothing to report on."), "unit");
        }

        return new ReportRequest(period, grouping ?? ReportGrouping.Unit, unitId, CultureInfo.CurrentUICulture);
    }
}
