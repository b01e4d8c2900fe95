namespace Workflow.Engine.Reporting.Indicators;

/// <summary>
/// One Decision 766/QĐ-TTg group: its maximum, the ratios computed from the data with their
/// numerators and denominators, and the points (null when a ratio has no denominator).
/// </summary>
public sealed record GroupScore(IndicatorDefinition Definition, int MaxPoints, decimal? Points, IReadOnlyList<GroupRatio> Ratios);
