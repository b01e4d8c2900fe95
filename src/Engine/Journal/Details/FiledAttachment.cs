namespace Workflow.Engine.Journal.Details;

/// <summary>An uploaded file that became part of the dossier when it was filed, with its fingerprint.</summary>
public sealed record FiledAttachment(Guid Upload, string Document, string Name, string Sha256, long Size);
