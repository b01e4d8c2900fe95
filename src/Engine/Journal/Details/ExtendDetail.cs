namespace Workflow.Engine.Journal.Details;

/// <summary>The extension (as written, e.g. "3 working days") and the new due instant.</summary>
public sealed record ExtendDetail(string By, DateTime? Due) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Extend;
}
