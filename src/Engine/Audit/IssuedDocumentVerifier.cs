using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Audit;

/// <summary>
/// Checks every issued document against the hash the journal recorded when it was issued, and
/// its signature if it has one. A document edited in the database, a signature replaced, or a
/// document deleted after issue is reported with its dossier and the journal entry that names it.
/// </summary>
public sealed class IssuedDocumentVerifier(WorkflowDbContextFactory factory)
{
    private const int BatchSize = 500;

    public async Task<(int Documents, IReadOnlyList<JournalBreak> Breaks)> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var breaks = new List<JournalBreak>();
        await using var db = factory.Create();
        var codes = await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Code }).ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        var recorded = new Dictionary<Guid, (Guid Dossier, int Sequence, string Hash)>();
        foreach (var entry in await db.Journal.AsNoTracking().Where(j => j.Command == JournalKinds.DocumentIssued)
                     .Select(j => new { j.DossierId, j.Sequence, j.DetailJson }).ToListAsync(cancellationToken))
        {
            if (JournalDetailReader.Read<DocumentIssuedDetail>(entry.DetailJson) is { Document: var documentId, ContentHash: { } hash } && documentId != Guid.Empty)
            {
                recorded[documentId] = (entry.DossierId, entry.Sequence, hash);
            }
        }

        var verifier = new SignatureVerifier();
        var seen = new HashSet<Guid>();
        var count = 0;
        var lastId = Guid.Empty;
        while (true)
        {
            var from = lastId;
            var batch = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id.CompareTo(from) > 0).OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var document in batch)
            {
                count++;
                seen.Add(document.Id);
                var code = codes.GetValueOrDefault(document.DossierId);
                var actual = DocumentHash.Of(document.Content);
                if (!recorded.TryGetValue(document.Id, out var journal))
                {
                    breaks.Add(new JournalBreak(JournalBreakKind.Inserted, document.DossierId, code, null, null,
                        $"Giấy tờ \"{document.Title}\" ({document.Id}) không được ghi trong nhật ký: nó đã được thêm ngoài hệ thống. / The document {document.Id} was never recorded in the journal."));
                }
                else if (actual != journal.Hash || document.ContentHash != journal.Hash)
                {
                    breaks.Add(new JournalBreak(JournalBreakKind.Edited, document.DossierId, code, journal.Sequence, null,
                        $"Nội dung giấy tờ \"{document.Title}\" ({document.Id}) khác với khi được lập (nhật ký mục #{journal.Sequence}): giấy tờ đã bị sửa. / The document differs from what journal entry #{journal.Sequence} recorded: it was edited."));
                }

                if (document.Signature is { } signature)
                {
                    var verification = verifier.Verify(document.Content, signature);
                    if (!verification.IsValid || (document.SignerThumbprint is { } thumbprint && !string.Equals(thumbprint, verification.CertificateThumbprint, StringComparison.OrdinalIgnoreCase)))
                    {
                        breaks.Add(new JournalBreak(JournalBreakKind.Edited, document.DossierId, code, journal.Sequence == 0 ? null : journal.Sequence, null,
                            $"Chữ ký số của \"{document.Title}\" ({document.Id}) không hợp lệ: {verification.Describe(Localization.Text.Vietnamese)} / The signature of document {document.Id} does not verify."));
                    }
                }
            }

            lastId = batch[^1].Id;
        }

        foreach (var (documentId, journal) in recorded.Where(r => !seen.Contains(r.Key)))
        {
            breaks.Add(new JournalBreak(JournalBreakKind.Deleted, journal.Dossier, codes.GetValueOrDefault(journal.Dossier), journal.Sequence, null,
                $"Giấy tờ {documentId} được ghi ở mục #{journal.Sequence} của nhật ký nhưng không còn trong CSDL: đã bị xoá. / Document {documentId}, recorded at entry #{journal.Sequence}, is gone: deleted."));
        }

        return (count, breaks);
    }
}
