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

    /// <summary>The period a link gives, or the current month of <paramref name="today"/>.</summary>
    public static ReportPeriod Period(string? from, string? to, DateOnly today) =>
        TryDate(from, out var first) && TryDate(to, out var last) && last >= first && last.DayNumber - first.DayNumber <= 3660
            ? new ReportPeriod(first, last)
            : ReportPeriod.Month(today.Year, today.Month);

    public static ReportGrouping Grouping(string? text) => text?.ToLowerInvariant() switch
    {
        "procedure" => ReportGrouping.Procedure,
        "field" => ReportGrouping.Field,
        "channel" => ReportGrouping.Channel,
        _ => ReportGrouping.Unit,
    };

    public static string Group(ReportGrouping grouping) => grouping.ToString().ToLowerInvariant();

    private static string Unit(string? unitId) => unitId is null ? "" : $"&unit={Uri.EscapeDataString(unitId)}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
