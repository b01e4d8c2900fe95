namespace Workflow.Engine.Documents.Issued;

/// <summary>
/// Where issued documents are kept. Implementations add, never replace: adding an id that
/// already exists is an error, so an issued document cannot be silently swapped.
/// </summary>
public interface IIssuedDocumentStore
{
    Task AddAsync(IssuedDocument document, CancellationToken cancellationToken = default);

    /// <summary>The document, or null when there is none with this id.</summary>
    Task<IssuedDocument?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every document issued for the dossier, oldest first.</summary>
    Task<IReadOnlyList<IssuedDocument>> ListForDossierAsync(Guid dossierId, CancellationToken cancellationToken = default);
}
