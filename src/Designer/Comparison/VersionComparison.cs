namespace Workflow.Designer.Comparison;

/// <summary>What changed from one version to another: the procedure's own fields, its listed entries, its steps, and its transitions.</summary>
public sealed record VersionComparison(
    int BeforeVersion,
    int AfterVersion,
    IReadOnlyList<FieldChange> Metadata,
    IReadOnlyList<ItemChange> Entries,
    IReadOnlyList<ItemChange> Steps,
    IReadOnlyList<TransitionChange> Transitions)
{
    public bool HasChanges => Metadata.Count + Entries.Count + Steps.Count + Transitions.Count > 0;
}
