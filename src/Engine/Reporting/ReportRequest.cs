using System.Globalization;

namespace Workflow.Engine.Reporting;

/// <summary>What to report on: a period, optionally one unit with its sub-units, grouped one way, in one language.</summary>
/// <param name="UnitId">Only dossiers received by this unit or its sub-units (as the organisation stood in the period); all units when null.</param>
/// <param name="Culture">Labels and formulas in Vietnamese (default) or English.</param>
public sealed record ReportRequest(ReportPeriod Period, ReportGrouping Grouping = ReportGrouping.Unit, string? UnitId = null, CultureInfo? Culture = null)
{
    /// <summary>The same request, its period measured up to <paramref name="now"/> if still running (<see cref="ReportPeriod.AsOf"/>).</summary>
    public ReportRequest AsOf(DateTimeOffset now) => this with { Period = Period.AsOf(now) };
}
