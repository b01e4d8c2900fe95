namespace Workflow.Engine.Persistence.Entities;

/// <summary>The database's copy of a published procedure version: the record of what dossiers ran on.</summary>
public sealed class PublishedVersionRow
{
    public string ProcedureId { get; set; } = "";

    public int Version { get; set; }

    public string ContentHash { get; set; } = "";

    public string Content { get; set; } = "";

    public DateTime PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";
}
