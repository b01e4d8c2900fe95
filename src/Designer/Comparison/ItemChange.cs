namespace Workflow.Designer.Comparison;

/// <summary>An entry of a list keyed by id (a step, a fee, a document, a data field) that was added, removed or changed, with its changed members.</summary>
public sealed record ItemChange(string Section, string Id, string Name, ChangeKind Kind, IReadOnlyList<FieldChange> Members)
{
    /// <summary>The names of the entry's own members that changed (<c>name</c>, <c>assignee</c>, <c>outcomes</c>...).</summary>
    public IReadOnlyList<string> ChangedMembers => Members.Select(m => TopMember(m.Path)).Distinct(StringComparer.Ordinal).ToList();

    private static string TopMember(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
