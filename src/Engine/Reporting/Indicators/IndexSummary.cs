namespace Workflow.Engine.Reporting.Indicators;

/// <summary>One index over the period's finished dossiers: how many it applied to, the average points, and how many got 0, 1 and 2.</summary>
public sealed record IndexSummary(IndicatorDefinition Definition, int Evaluated, decimal? AveragePoints, int ZeroPoints, int OnePoint, int TwoPoints);
