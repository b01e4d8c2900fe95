namespace Workflow.Engine.Journal.Details;

/// <summary>The timer that fired, the dossier's due instant, the units holding open work, and whether an apology had already been made.</summary>
public sealed record DossierOverdueDetail(Guid Timer, DateTime? Due, IReadOnlyList<string> Holders, bool Apologised) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.DossierOverdue;
}
