using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Reporting;
using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Contracts.Reports;

/// <summary>
/// The dossier report as the dashboard shows it: one row per unit, procedure, field or channel, the
/// total, each unit's own punctuality, and every figure's formula. See docs/reporting.md.
/// </summary>
public sealed record DossierReportView(
    ReportPeriodView Period,
    string Grouping,
    string? UnitId,
    string ScopeName,
    string? ScopeCode,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportRow> Rows,
    DossierFigures Total,
    IReadOnlyList<UnitPunctualityRow> UnitPunctuality,
    int LateDossiersWithoutLateStep,
    IReadOnlyList<FigureDefinitionView> Definitions,
    IReadOnlyList<string> Notes)
{
    public static DossierReportView Of(DossierReport report)
    {
        var culture = CultureInfo.CurrentUICulture;
        return new DossierReportView(ReportPeriodView.Of(report.Request.Period), KebabCase.Of(report.Request.Grouping), report.Request.UnitId,
            report.ScopeName, report.ScopeCode, VietnamTime.ToLocal(report.GeneratedAt), report.Rows, report.Total, report.UnitPunctuality,
            report.LateDossiersWithoutLateStep, report.Definitions.Select(d => new FigureDefinitionView(d.Id, d.Name(culture), d.Formula(culture))).ToList(), report.Notes);
    }
}
