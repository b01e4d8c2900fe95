namespace Workflow.Engine.Journal.Details;

/// <summary>The join and fork instance a branch reached, the branch's index, and how many have arrived of those required.</summary>
public sealed record BranchArrivedDetail(string Join, string Instance, int Branch, int Arrived, int Required) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.BranchArrived;
}
