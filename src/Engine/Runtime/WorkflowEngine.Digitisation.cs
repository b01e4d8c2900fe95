using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>The most files one component may carry (pages photographed one by one).</summary>
    public const int MaxScanFilesPerComponent = 20;

    /// <summary>
    /// The desk digitises a component the citizen brought on paper (Decree 107/2021, Circular
    /// 01/2023): the scanned files are attached and the component marked digitised; when every file
    /// carries the unit's signature it is also a certified electronic copy from the original. All
    /// files and both journal entries are written in one transaction, or none.
    /// </summary>
    public Task<CommandResult> DigitiseComponentAsync(Guid dossierId, string documentId, IReadOnlyList<ScanFile> files, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, async session =>
        {
            await ActAtDeskAsync(session, "số hóa thành phần hồ sơ", "digitise dossier components", cancellationToken);
            var document = session.Definition.Documents.FirstOrDefault(d => d.Id == documentId)
                ?? throw NotFound("document-not-defined", "documentId",
                    $"Thủ tục không có thành phần hồ sơ \"{documentId}\"; chọn một trong: {string.Join(", ", session.Definition.Documents.Select(d => d.Id))}.",
                    $"The procedure has no document component \"{documentId}\".");
            if (session.Dossier.FinishedAt is not null)
            {
                throw Conflict("dossier-finished", $"Hồ sơ {session.Dossier.Code} đã kết thúc xử lý nên không số hóa thêm được.",
                    $"The dossier {session.Dossier.Code} is finished; nothing more can be digitised.");
            }

            if (!ReceivedOnPaper(session.Dossier, documentId))
            {
                throw Conflict("component-not-on-paper", $"Thành phần \"{document.Name}\" không có trong danh sách giấy tờ bản giấy đã nhận; ghi số bản đã nhận trước khi số hóa.",
                    $"\"{document.Name}\" is not among the paper documents received; record the copies received before digitising it.");
            }

            if (await session.Db.DigitisedComponents.AnyAsync(c => c.DossierId == session.Dossier.Id && c.DocumentId == documentId, cancellationToken))
            {
                throw Conflict("component-already-digitised", $"Thành phần \"{document.Name}\" đã được số hóa hoặc đã nộp điện tử.",
                    $"\"{document.Name}\" is already digitised or was filed electronically.");
            }

            if (files.Count == 0 || files.Count > MaxScanFilesPerComponent)
            {
                throw Invalid("files-required", "files", $"Đính kèm từ 1 đến {MaxScanFilesPerComponent} tệp quét hoặc ảnh chụp của \"{document.Name}\".",
                    $"Attach 1 to {MaxScanFilesPerComponent} scanned or photographed files of \"{document.Name}\".");
            }

            var certificate = CertificateOf(files);
            var records = files.Select(file => new DigitisedComponentRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = session.Dossier.Id,
                DocumentId = document.Id,
                DocumentName = document.Name,
                HolderId = session.Dossier.ApplicantIdNumber,
                HolderName = session.Dossier.ApplicantName,
                Source = DigitisationSource.Scanned,
                FileName = file.FileName,
                MediaType = file.MediaType,
                Content = file.Bytes,
                Size = file.Bytes.LongLength,
                ContentHash = DocumentHash.Of(file.Bytes),
                UnitId = session.Dossier.ReceivingUnitId,
                RecordedAt = session.Now,
                RecordedBy = session.Actor.Name,
                Signature = file.Signature,
                SignerThumbprint = certificate,
                SignedAt = certificate is null ? null : session.Now,
                SignedBy = certificate is null ? null : session.Actor.Name,
            }).ToList();
            session.Db.DigitisedComponents.AddRange(records);
            session.Journal(new ComponentDigitisedDetail(document.Id, records.Select(r => new DigitisedFile(r.Id, r.FileName, r.MediaType, r.Size, r.ContentHash)).ToList()));
            if (certificate is not null)
            {
                session.Journal(new ComponentCertifiedDetail(document.Id, certificate, records.Select(r => r.ContentHash).ToList()));
            }
        }, cancellationToken);

    /// <summary>
    /// The certificate that signed every file, or null when none is signed. A certified copy is
    /// signed whole: some files signed and others not, or by different certificates, is refused.
    /// </summary>
    private static string? CertificateOf(IReadOnlyList<ScanFile> files)
    {
        if (files.All(f => f.Signature is null))
        {
            return null;
        }

        string? certificate = null;
        foreach (var file in files)
        {
            var verification = file.Signature is null ? null : new SignatureVerifier().Verify(file.Bytes, file.Signature);
            if (verification is not { IsValid: true, CertificateThumbprint: { } thumbprint } || (certificate is not null && certificate != thumbprint))
            {
                throw Invalid("signature-invalid", "files", $"Chữ ký số không khớp với tệp \"{file.FileName}\"; ký lại cả thành phần.",
                    $"The signature does not match the file \"{file.FileName}\"; sign the whole component again.");
            }

            certificate = thumbprint;
        }

        return certificate;
    }

    /// <summary>Whether the dossier's list of received papers counts at least one paper copy of the component.</summary>
    private static bool ReceivedOnPaper(DossierRecord dossier, string documentId) =>
        (JsonSerializer.Deserialize<List<ReceivedDocument>>(dossier.DocumentsJson, JournalDetailJson.Options) ?? [])
        .Any(d => d.DocumentId == documentId && d.Originals + d.CertifiedCopies + d.Photocopies > 0);
}
