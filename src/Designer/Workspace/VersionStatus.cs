namespace Workflow.Designer.Workspace;

public enum VersionStatus
{
    /// <summary>Being written; editable.</summary>
    Draft,

    /// <summary>In force or superseded; never changes again.</summary>
    Published,

    /// <summary>The file is not valid JSON; open it in a text editor.</summary>
    Unreadable,
}
