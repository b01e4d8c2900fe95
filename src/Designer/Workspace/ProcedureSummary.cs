namespace Workflow.Designer.Workspace;

/// <summary>A procedure and every version of it, oldest first.</summary>
public sealed record ProcedureSummary(string Id, string Name, string? Code, IReadOnlyList<VersionSummary> Versions)
{
    public int DossierCount => Versions.Sum(v => v.DossierCount);

    public VersionSummary? NewestPublished => Versions.LastOrDefault(v => v.IsPublished);

    public VersionSummary? Draft => Versions.LastOrDefault(v => v.Status == VersionStatus.Draft);
}
