namespace Workflow.Engine.Journal.Details;

/// <summary>A head of the unit gave the task to <see cref="HandOverDetail.To"/>.</summary>
public sealed record AssignDetail(string To, string ToName, string? Previous) : HandOverDetail(To, ToName, Previous)
{
    private protected override string EntryKind => JournalKinds.Assign;
}
