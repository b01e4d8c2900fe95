using Workflow.Engine.Store;

namespace Workflow.Engine.Journal.Details;

/// <summary>How the reader proved they may read the holder's store, and the entries they were shown.</summary>
public sealed record StoreViewedDetail(StoreAccessVia Via, IReadOnlyList<Guid> Entries) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.StoreViewed;
}
