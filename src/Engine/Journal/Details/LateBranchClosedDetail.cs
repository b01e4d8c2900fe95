namespace Workflow.Engine.Journal.Details;

/// <summary>The join, fork instance and branch index of a branch that arrived after its join was satisfied.</summary>
public sealed record LateBranchClosedDetail(string Join, string Instance, int Branch) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.LateBranchClosed;
}
