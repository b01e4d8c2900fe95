namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A form or result issued for a dossier, exactly as handed out: its bytes, the template it came
/// from, the hash of its content (also written in the dossier's journal), and its signature if signed.
/// </summary>
public sealed class IssuedDocumentRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>What the document is for: <c>receipt</c>, <c>apology</c>, <c>control-sheet</c>...</summary>
    public string Purpose { get; set; } = "";

    public string SetId { get; set; } = "";

    public string Title { get; set; } = "";

    public string TemplateHash { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public string MediaType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>Detached CMS/PKCS#7 signature over <see cref="Content"/>, when the document was signed.</summary>
    public byte[]? Signature { get; set; }

    public string? SignerThumbprint { get; set; }

    public DateTime IssuedAt { get; set; }

    public string IssuedBy { get; set; } = "";
}
