namespace Workflow.Engine.Reporting;

/// <summary>
/// The dossier report for a period: one row per unit, procedure, field or channel, the total, how
/// each unit kept its own time, and the definition of every figure.
/// </summary>
/// <param name="ScopeName">The unit reported on (with its sub-units), or "all units".</param>
/// <param name="LateDossiersWithoutLateStep">Late dossiers in which no step was late, so no unit can be blamed (e.g. the clock restarted).</param>
/// <param name="Notes">How ambiguous cases were decided, in the request's language.</param>
public sealed record DossierReport(
    ReportRequest Request,
    DateTimeOffset GeneratedAt,
    string ScopeName,
    string? ScopeCode,
    IReadOnlyList<ReportRow> Rows,
    DossierFigures Total,
    IReadOnlyList<UnitPunctualityRow> UnitPunctuality,
    int LateDossiersWithoutLateStep,
    IReadOnlyList<FigureDefinition> Definitions,
    IReadOnlyList<string> Notes)
{
    /// <summary>The Decision 766 digitisation figures of the scope, for the whole period (not per row).</summary>
    public DigitisationFigures Digitisation { get; init; } = DigitisationFigures.None;
}
