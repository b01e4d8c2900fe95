namespace Workflow.Engine.Reporting.Indicators;

/// <summary>
/// The evaluation indicators for a period: the Circular 01/2018 indices per finished dossier and
/// their summaries, the Decision 766/QĐ-TTg groups the data supports with their points out of the
/// maximum those groups allow (not out of 100), and every indicator the data cannot support.
/// </summary>
public sealed record IndicatorReport(
    ReportRequest Request,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<IndexSummary> Circular01,
    IReadOnlyList<DossierEvaluation> Dossiers,
    IReadOnlyList<GroupScore> Decision766,
    IReadOnlyList<UnsupportedIndicator> Unsupported)
{
    /// <summary>The points of the supported Decision 766 groups.</summary>
    public decimal SupportedPoints => Decision766.Sum(g => g.Points ?? 0m);

    /// <summary>The most the supported groups can give (60 of 100 when progress, online service and satisfaction are supported).</summary>
    public int SupportedMaximum => Decision766.Sum(g => g.MaxPoints);
}
