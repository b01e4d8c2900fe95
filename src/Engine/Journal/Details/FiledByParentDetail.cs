namespace Workflow.Engine.Journal.Details;

/// <summary>Which dossier, at which of its steps, filed this linked dossier, and at which procedure version.</summary>
public sealed record FiledByParentDetail(Guid Parent, string ParentCode, string ParentStep, string Procedure, IReadOnlyList<string> Passed) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.FiledByParent;
}
