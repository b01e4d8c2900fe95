using Workflow.Engine.Store;

namespace Workflow.Server.Contracts.Store;

/// <summary>A holder's electronic data store as the holder sees it: every document, each with where it stands.</summary>
public sealed record HolderStore(string HolderId, IReadOnlyList<StoreEntry> Entries);
