using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Queries.Documents;

/// <summary>The documents issued for a dossier, and one document with its bytes for download.</summary>
public sealed class IssuedDocumentQuery(WorkflowDbContextFactory database)
{
    public async Task<IReadOnlyList<IssuedDocumentSummary>> ForDossierAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var rows = await db.IssuedDocuments.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.IssuedAt)
            .Select(d => new { d.Id, d.DossierId, d.Purpose, d.SetId, d.Title, d.MediaType, d.ContentHash, Signed = d.Signature != null, d.IssuedAt, d.IssuedBy })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new IssuedDocumentSummary(d.Id, d.DossierId, d.Purpose, d.SetId, d.Title, d.MediaType, d.ContentHash, d.Signed,
            VietnamTime.ToLocal(new DateTimeOffset(d.IssuedAt, TimeSpan.Zero)), d.IssuedBy)).ToList();
    }

    public async Task<IssuedDocumentRecord?> FindAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
    }

    /// <summary>The hash the dossier's journal recorded when the document was issued; null when none did.</summary>
    public async Task<string?> RecordedHashAsync(IssuedDocumentRecord document, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var details = await db.Journal.AsNoTracking()
            .Where(j => j.DossierId == document.DossierId && j.Command == JournalKinds.DocumentIssued)
            .Select(j => j.DetailJson)
            .ToListAsync(cancellationToken);
        return details.Select(JournalDetailReader.Read<DocumentIssuedDetail>).FirstOrDefault(d => d?.Document == document.Id)?.ContentHash;
    }
}
