namespace Workflow.Engine.Journal.Details;

/// <summary>The timer that fired, the dossier's due instant, and the units holding open work who were warned.</summary>
public sealed record DossierNearDueDetail(Guid Timer, DateTime? Due, IReadOnlyList<string> Holders) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.DossierNearDue;
}
