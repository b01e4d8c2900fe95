namespace Workflow.Server.Contracts.Store;

/// <summary>Which paper of the dossier (<c>documentId</c>) the store entry (<c>source</c>, <c>entryId</c>, as the store lists it) stands in for.</summary>
public sealed record StoreReuseRequest(string? DocumentId, string? Source, Guid? EntryId, long? ExpectedVersion = null);
