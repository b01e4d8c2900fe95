namespace Workflow.Designer.Workspace;

/// <summary>
/// One version as the procedure list shows it: its status, who published it and when (from the lock
/// file and the database), how many dossiers run on it, and the loader's problem counts.
/// </summary>
public sealed record VersionSummary(
    int Version,
    VersionStatus Status,
    string? Name,
    DateOnly? EffectiveFrom,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? ContentHash,
    int DossierCount,
    bool HasFile,
    bool Loaded,
    int Errors,
    int Warnings)
{
    public bool IsPublished => Status == VersionStatus.Published;
}
