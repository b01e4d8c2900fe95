namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// The organisation every node runs with: one row holding the whole organisation file, and a
/// version that goes up by one with each change, so a node can tell cheaply whether its copy is current.
/// </summary>
public sealed class OrganisationDocumentRecord
{
    /// <summary>Always <see cref="SingleId"/>: there is one organisation.</summary>
    public int Id { get; set; }

    public const int SingleId = 1;

    public long Version { get; set; }

    /// <summary>The organisation in the file's format (<c>procedures/organisation/organisation.json</c>), as exported.</summary>
    public string Content { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
