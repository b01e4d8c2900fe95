namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// The record that a version was published with a given content hash. Kept in
/// <c>procedures/published-versions.json</c> and, once a database is in use, in the database
/// with the canonical content itself, so a node whose folder lacks the file can still load it.
/// </summary>
public sealed record PublishedVersionRecord(
    string ProcedureId,
    int Version,
    string ContentHash,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string? CanonicalContent = null)
{
    public string Key => Model.VersionKey.Of(ProcedureId, Version);
}
