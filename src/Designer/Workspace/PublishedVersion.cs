namespace Workflow.Designer.Workspace;

/// <summary>A version is published: its hash is in the lock file and the database, and the engine runs with it.</summary>
public sealed record PublishedVersion(string ProcedureId, int Version, string ContentHash, DateTimeOffset PublishedAt, string PublishedBy, bool WasAlreadyPublished);
