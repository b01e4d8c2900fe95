namespace Workflow.Engine.Journal.Details;

/// <summary>The statutory time that applies (as written, e.g. "5 working days"), the due instant and how it was computed.</summary>
public sealed record AcceptDetail(string Duration, DateTime? Due, string Explanation) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Accept;
}
