using Workflow.Engine.Journal.Details;
using Workflow.Engine.Store;

namespace Workflow.Engine.Queries.Store;

/// <summary>
/// One paper of a dossier that may come from the store: the types its definition accepts, the
/// holder's stored documents of those types (valid or not, each with its standing), and the reuse
/// already recorded for it, if any.
/// </summary>
public sealed record StoreOffer(string DocumentId, string DocumentName, IReadOnlyList<string> Types, IReadOnlyList<StoreEntry> Entries, ComponentReusedFromStoreDetail? Reused);
