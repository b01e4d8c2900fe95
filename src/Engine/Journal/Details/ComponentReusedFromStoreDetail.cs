namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The paper of the procedure (<paramref name="Document"/>, a document id of the definition) given by
/// reference to a store entry: which source and entry, its document type, the dossier it came from,
/// and the hash of its content when reused, so the reference can be proven later.
/// </summary>
public sealed record ComponentReusedFromStoreDetail(string Document, string Source, Guid Entry, string Type, Guid SourceDossier, string SourceDossierCode, string ContentHash) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ComponentReusedFromStore;
}
