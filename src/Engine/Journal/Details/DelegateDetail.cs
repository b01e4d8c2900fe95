namespace Workflow.Engine.Journal.Details;

/// <summary>The officer holding the task passed it to the colleague <see cref="HandOverDetail.To"/>.</summary>
public sealed record DelegateDetail(string To, string ToName, string? Previous) : HandOverDetail(To, ToName, Previous)
{
    private protected override string EntryKind => JournalKinds.Delegate;
}
