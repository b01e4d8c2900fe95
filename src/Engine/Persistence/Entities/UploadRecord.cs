namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A file a citizen or officer uploaded for a dossier. The bytes live outside the database, in a
/// content-addressed file store (named by their SHA-256); the row keeps what is needed to find,
/// check and show them, and which dossier and paper they belong to once submitted.
/// </summary>
public sealed class UploadRecord
{
    public Guid Id { get; set; }

    public string Sha256 { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>Null until a submission claims it; an upload belongs to one dossier only.</summary>
    public Guid? DossierId { get; set; }

    /// <summary>The paper of the procedure it stands for (a document id of the definition).</summary>
    public string? DocumentId { get; set; }
}
