namespace Workflow.Engine.Journal.Details;

/// <summary>The join whose condition was met, closing the branches still open.</summary>
public sealed record BranchClosedDetail(string Join, string Instance) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.BranchClosed;
}
