namespace Workflow.Designer.Comparison;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
