namespace Workflow.Designer.Comparison;

/// <summary>One member whose value differs, by its path (<c>assignee.unitKind</c>, <c>outcomes[approve].to</c>), with both values as compact JSON; null where absent.</summary>
public sealed record FieldChange(string Path, string? Before, string? After)
{
    public ChangeKind Kind => Before is null ? ChangeKind.Added : After is null ? ChangeKind.Removed : ChangeKind.Changed;
}
