namespace Workflow.Engine.Queries.Documents;

/// <summary>An issued document as listed with its dossier (without its bytes).</summary>
public sealed record IssuedDocumentSummary(Guid Id, Guid DossierId, string Purpose, string SetId, string Title, string MediaType, string ContentHash, bool Signed, DateTimeOffset IssuedAt, string IssuedBy);
