namespace Workflow.Server.Designer;

/// <summary>A version is published: its content hash is recorded in the lock file and the database.</summary>
public sealed record PublishReport(string ProcedureId, int Version, string ContentHash, DateTimeOffset PublishedAt, string PublishedBy, bool WasAlreadyPublished);
