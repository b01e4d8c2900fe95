namespace Workflow.Server.Designer;

/// <summary>
/// A version is published: its content hash is recorded in the lock file and the database. New
/// dossiers received from <see cref="EffectiveFrom"/> run on it; until then (up to <see cref="PreviousVersionUntil"/>)
/// on <see cref="PreviousVersion"/>, when there is one. The dates are null for a version that was published before.
/// </summary>
public sealed record PublishReport(
    string ProcedureId,
    int Version,
    string ContentHash,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    bool WasAlreadyPublished,
    DateOnly? EffectiveFrom,
    int? PreviousVersion,
    DateOnly? PreviousVersionUntil,
    string? Schedule);
