namespace Workflow.Engine.Journal.Details;

/// <summary>The component (a document id of the definition) marked digitised at the desk, and the scanned files attached to it.</summary>
public sealed record ComponentDigitisedDetail(string Document, IReadOnlyList<DigitisedFile> Files) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ComponentDigitised;
}
