using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>The end step reached, the dossier's result, and whether it finished early, on time or late.</summary>
public sealed record EndDetail(string Step, EndResult? Result, Punctuality? Punctuality) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.End;
}
