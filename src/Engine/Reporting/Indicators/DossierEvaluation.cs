namespace Workflow.Engine.Reporting.Indicators;

/// <summary>The Circular 01/2018 indices the data supports, for one dossier finished in the period.</summary>
public sealed record DossierEvaluation(Guid DossierId, string Code, string ReceivingUnitId, IReadOnlyList<IndexScore> Scores)
{
    public IndexScore Score(string indexId) => Scores.Single(s => s.IndexId == indexId);
}
