using Workflow.Engine.Store;

namespace Workflow.Engine.Queries.Store;

/// <summary>The store as a dossier sees it: its applicant's documents, and what each paper of the dossier may take from them.</summary>
/// <param name="HolderId">The applicant's personal ID number or enterprise code; null when the dossier has none (then the store is empty).</param>
public sealed record DossierStoreView(Guid DossierId, string? HolderId, IReadOnlyList<StoreOffer> Offers, IReadOnlyList<StoreEntry> Entries);
