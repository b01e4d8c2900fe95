using System.Globalization;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Drilldown;

namespace Workflow.Server.Components.Pages.Reports;

/// <summary>The addresses of the dashboard and of the dossiers behind a figure, so a period, a unit and a grouping survive a link and the back button.</summary>
public static class ReportLinks
{
    public static string Dashboard(ReportPeriod period, string? unitId, ReportGrouping grouping) =>
        $"/reports?from={Date(period.From)}&to={Date(period.To)}{Unit(unitId)}&group={Group(grouping)}";

    public static string Dossiers(ReportPeriod period, string? unitId, ReportGrouping grouping, string? rowKey, ReportFigure figure) =>
        $"/reports/dossiers?from={Date(period.From)}&to={Date(period.To)}{Unit(unitId)}&group={Group(grouping)}"
        + (rowKey is null ? "" : $"&row={Uri.EscapeDataString(rowKey)}") + $"&figure={figure}";

    /// <summary>The longest period a report covers (ten years): longer ones are typing mistakes, and costly to count.</summary>
    public const int MaxPeriodDays = 3660;

    /// <summary>The period a link gives, or the current month of <paramref name="today"/>.</summary>
    public static ReportPeriod Period(string? from, string? to, DateOnly today) =>
        TryDate(from, out var first) && TryDate(to, out var last) && last >= first && last.DayNumber - first.DayNumber <= MaxPeriodDays
            ? new ReportPeriod(first, last)
            : ReportPeriod.Month(today.Year, today.Month);

    public static ReportGrouping Grouping(string? text) => text?.ToLowerInvariant() switch
    {
        "procedure" => ReportGrouping.Procedure,
        "field" => ReportGrouping.Field,
        "channel" => ReportGrouping.Channel,
        _ => ReportGrouping.Unit,
    };

    /// <summary>The Excel file's name: scope, first and last day, grouping (the dashboard's download and the API give the same).</summary>
    public static string ExcelFileName(DossierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var request = report.Request;
        var scope = request.UnitId is null ? "tat-ca" : Workflow.Engine.Runtime.Execution.SearchText.Fold(report.ScopeCode ?? request.UnitId).Replace(' ', '-');
        return $"bao-cao-{scope}-{request.Period.From:yyyyMMdd}-{request.Period.To:yyyyMMdd}-{Group(request.Grouping)}.xlsx";
    }

    public static string Group(ReportGrouping grouping) => grouping.ToString().ToLowerInvariant();

    private static string Unit(string? unitId) => unitId is null ? "" : $"&unit={Uri.EscapeDataString(unitId)}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
