namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The entry's actor acted on a task held by <see cref="Delegator"/>, whose inbox was delegated to them
/// for the period ending <see cref="LastDay"/>; the next entry of the same task is the action itself.
/// </summary>
public sealed record ActingForDetail(Guid Delegation, string Delegator, string DelegatorName, DateOnly LastDay) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ActingFor;
}
