namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The base of a detail whose shape several kinds share (assignment and delegation, the three
/// payment kinds, ...): each sealed record names its kind, and the kind stays out of the JSON.
/// </summary>
public abstract record SharedShapeDetail : IJournalDetail
{
    string IJournalDetail.Kind => EntryKind;

    /// <summary>Not public, so that it is not serialised with the detail.</summary>
    private protected abstract string EntryKind { get; }
}
