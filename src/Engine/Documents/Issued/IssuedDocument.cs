using Workflow.Engine.Documents.Forms.Rendering;

namespace Workflow.Engine.Documents.Issued;

/// <summary>
/// A form as it was given to a citizen or another agency: the exact bytes, what produced them
/// (purpose, template set, template hash) and who issued them when. Issued documents are never
/// changed; a correction is a new document.
/// </summary>
public sealed record IssuedDocument
{
    public required Guid Id { get; init; }

    public required Guid DossierId { get; init; }

    /// <summary>The form's purpose (see <see cref="Forms.Data.FormPurpose"/>).</summary>
    public required string Purpose { get; init; }

    public required string SetId { get; init; }

    /// <summary>The hash of the template file that laid the document out.</summary>
    public required string TemplateHash { get; init; }

    /// <summary>The hash of <see cref="Bytes"/>; see <see cref="HasIntactContent"/>.</summary>
    public required string ContentHash { get; init; }

    public required string MediaType { get; init; }

    public required byte[] Bytes { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The user who issued it.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>Whether the stored bytes still hash to <see cref="ContentHash"/>.</summary>
    public bool HasIntactContent() => DocumentHash.Of(Bytes) == ContentHash;

    /// <summary>The rendered HTML as issued.</summary>
    public static IssuedDocument FromHtml(RenderedForm form, Guid dossierId, string issuedBy, DateTimeOffset issuedAt) =>
        Create(form, dossierId, issuedBy, issuedAt, DocumentMediaTypes.Html, form.ToBytes());

    /// <summary>The PDF printed from the rendered HTML; its content hash is the PDF's own.</summary>
    public static IssuedDocument FromPdf(RenderedForm form, byte[] pdf, Guid dossierId, string issuedBy, DateTimeOffset issuedAt) =>
        Create(form, dossierId, issuedBy, issuedAt, DocumentMediaTypes.Pdf, pdf);

    private static IssuedDocument Create(RenderedForm form, Guid dossierId, string issuedBy, DateTimeOffset issuedAt, string mediaType, byte[] bytes) => new()
    {
        // Version 7 ids sort by issue time, which keeps a dossier's documents in order in any index.
        Id = Guid.CreateVersion7(issuedAt),
        DossierId = dossierId,
        Purpose = form.Purpose,
        SetId = form.SetId,
        TemplateHash = form.TemplateHash,
        ContentHash = DocumentHash.Of(bytes),
        MediaType = mediaType,
        Bytes = bytes,
        IssuedAt = issuedAt,
        IssuedBy = issuedBy,
    };
}
