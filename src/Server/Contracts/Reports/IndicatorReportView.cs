using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Reporting.Indicators;

namespace Workflow.Server.Contracts.Reports;

/// <summary>
/// The evaluation indicators of a period as the dashboard shows them: each Circular 01/2018 index
/// summarised, the Decision 766 groups the data supports (points out of <see cref="SupportedMaximum"/>,
/// not out of 100), what the data cannot support and why, and each finished dossier's scores.
/// </summary>
public sealed record IndicatorReportView(
    ReportPeriodView Period,
    string? UnitId,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<IndicatorReportView.IndexView> Circular01,
    IReadOnlyList<IndicatorReportView.GroupView> Decision766,
    decimal SupportedPoints,
    int SupportedMaximum,
    IReadOnlyList<IndicatorReportView.UnsupportedView> Unsupported,
    IReadOnlyList<DossierEvaluation> Dossiers)
{
    public static IndicatorReportView Of(IndicatorReport report)
    {
        var culture = CultureInfo.CurrentUICulture;
        return new IndicatorReportView(ReportPeriodView.Of(report.Request.Period), report.Request.UnitId, VietnamTime.ToLocal(report.GeneratedAt),
            report.Circular01.Select(s => new IndexView(s.Definition.Id, s.Definition.Name(culture), s.Definition.Formula(culture), s.Definition.ScaleAssumed,
                s.Evaluated, s.AveragePoints, s.ZeroPoints, s.OnePoint, s.TwoPoints)).ToList(),
            report.Decision766.Select(g => new GroupView(g.Definition.Id, g.Definition.Name(culture), g.Definition.Formula(culture), g.Definition.ScaleAssumed,
                g.MaxPoints, g.Points, g.Ratios)).ToList(),
            report.SupportedPoints, report.SupportedMaximum,
            report.Unsupported.Select(u => new UnsupportedView(u.Id, u.Name(culture), u.Reason(culture))).ToList(),
            report.Dossiers);
    }

    /// <summary>One Circular 01 index: dossiers scored, average points, how many got 0, 1 and 2.</summary>
    public sealed record IndexView(string Id, string Name, string Formula, bool ScaleAssumed, int Evaluated, decimal? AveragePoints, int ZeroPoints, int OnePoint, int TwoPoints);

    /// <summary>One Decision 766 group: its points (null when no ratio has a denominator) out of its maximum, and the ratios behind them.</summary>
    public sealed record GroupView(string Id, string Name, string Formula, bool ScaleAssumed, int MaxPoints, decimal? Points, IReadOnlyList<GroupRatio> Ratios);

    /// <summary>An indicator the recorded data cannot support, and why.</summary>
    public sealed record UnsupportedView(string Id, string Name, string Reason);
}
