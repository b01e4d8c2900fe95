using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>The results delivered together and how: online (downloadable after proof on the tracking page), by post or at the desk.</summary>
public sealed record ResultDeliveredDetail(IReadOnlyList<Guid> Documents, ResultDelivery Channel) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ResultDelivered;
}
