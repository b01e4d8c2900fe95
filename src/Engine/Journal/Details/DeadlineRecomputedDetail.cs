namespace Workflow.Engine.Journal.Details;

/// <summary>Every due instant the new calendar moved, the dossier's and each open step's.</summary>
public sealed record DeadlineRecomputedDetail(IReadOnlyList<DueInstantChange> Changes) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.DeadlineRecomputed;
}
