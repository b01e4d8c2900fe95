namespace Workflow.Engine.Reporting.Indicators;

/// <summary>One dossier's score on one index: points 0-2, or null when the index does not apply to it; the basis says what was counted.</summary>
public sealed record IndexScore(string IndexId, int? Points, string Basis);
