namespace Workflow.Engine.Journal.Details;

/// <summary>The decision step, the index of the first rule that held, its condition and its target step.</summary>
public sealed record DecisionDetail(string Step, int Rule, string When, string To) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Decision;
}
