using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Printing;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Documents.Issuing;

/// <summary>
/// Issues an official form for a dossier: fills it from the journal, renders it with the
/// template set of the dossier's period, prints it to PDF when asked, signs it when asked, and
/// stores it with its hashes through the engine (so the journal records it too).
/// </summary>
public sealed class DocumentIssuer(WorkflowEngine engine, WorkflowDbContextFactory database, WorkspaceAccessor workspace, DocumentSigner? signer = null, PdfPrinter? printer = null)
{
    public async Task<IssuedDocumentRecord> IssueAsync(Guid dossierId, string purpose, Actor actor, IssueFormat format = IssueFormat.Html, bool sign = false, CancellationToken cancellationToken = default)
    {
        // The workspace is read per document: a newly published template set applies at once.
        var data = await new DossierFormBuilder(database, workspace.Current).BuildAsync(dossierId, purpose, cancellationToken);
        var rendered = new FormRenderer(workspace.Current.Forms).Render(data);
        var bytes = rendered.ToBytes();
        var mediaType = DocumentMediaTypes.Html;
        if (format == IssueFormat.Pdf)
        {
            if (printer is null || !printer.IsAvailable)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "pdf-unavailable",
                    (printer ?? new PdfPrinter()).UnavailableMessage(Localization.Text.Vietnamese), "PDF printing is not available on this server; issue the HTML form and print it from the browser.");
            }

            bytes = await printer.PrintAsync(rendered.Html, cancellationToken: cancellationToken);
            mediaType = DocumentMediaTypes.Pdf;
        }

        byte[]? signature = null;
        if (sign)
        {
            if (signer is null)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "signing-unavailable",
                    "Máy chủ chưa được cấu hình chứng thư số để ký.", "No signing certificate is configured on this server.");
            }

            signature = signer.Sign(bytes);
        }

        var record = new IssuedDocumentRecord
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            Purpose = rendered.Purpose,
            SetId = rendered.SetId,
            Title = $"{rendered.Number} — {rendered.Title}",
            TemplateHash = rendered.TemplateHash,
            ContentHash = DocumentHash.Of(bytes),
            MediaType = mediaType,
            Content = bytes,
            Signature = signature,
            SignerThumbprint = signature is null ? null : signer!.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256),
        };
        await engine.RecordIssuedDocumentAsync(record, actor, cancellationToken);
        return record;
    }
}
