namespace Workflow.Engine.Journal;

/// <summary>
/// The detail of one kind of journal entry. Each detail names its own kind, so an entry cannot be
/// written under a kind whose detail it does not carry. Implementations declare <see cref="Kind"/>
/// explicitly: it is not a public property, so it never appears in the serialised detail.
/// </summary>
public interface IJournalDetail
{
    /// <summary>One of <see cref="JournalKinds"/>.</summary>
    string Kind { get; }
}
