namespace Workflow.Designer.Workspace;

/// <summary>A version is published: its hash is in the lock file and the database, and the engine runs with it from its effective date (<see cref="Schedule"/>; null when it was published before).</summary>
public sealed record PublishedVersion(string ProcedureId, int Version, string ContentHash, DateTimeOffset PublishedAt, string PublishedBy, bool WasAlreadyPublished, PublicationSchedule? Schedule);
