namespace Workflow.Engine.Journal.Details;

/// <summary>Every paper the citizen must add, listed once.</summary>
public sealed record AskToCompleteDetail(IReadOnlyList<string> Missing) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.AskToComplete;
}
