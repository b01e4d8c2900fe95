using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Queries.Digitisation;

/// <summary>
/// Reads the digitised components: a dossier's (for its page and its forms) and a holder's (by
/// personal ID number or enterprise code, through the holder index, for the electronic data store).
/// </summary>
public sealed class DigitisedComponentQuery(WorkflowDbContextFactory database)
{
    public async Task<IReadOnlyList<DigitisedComponentSummary>> ForDossierAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await Summaries(db.DigitisedComponents.AsNoTracking().Where(c => c.DossierId == dossierId), cancellationToken);
    }

    public async Task<IReadOnlyList<DigitisedComponentSummary>> ForHolderAsync(string holderId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await Summaries(db.DigitisedComponents.AsNoTracking().Where(c => c.HolderId == holderId), cancellationToken);
    }

    /// <summary>A scanned file with its bytes, when it belongs to the dossier; files filed electronically are read from the upload store.</summary>
    public async Task<DigitisedComponentRecord?> ScanAsync(Guid dossierId, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.DigitisedComponents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == fileId && c.DossierId == dossierId, cancellationToken);
    }

    // Without the bytes: a holder's store lists many files.
    private static async Task<IReadOnlyList<DigitisedComponentSummary>> Summaries(IQueryable<DigitisedComponentRecord> rows, CancellationToken cancellationToken) =>
        (await rows.Select(c => new { c.Id, c.DossierId, c.DocumentId, c.DocumentName, c.HolderId, c.HolderName, c.Source, c.FileName, c.MediaType, c.Size, c.ContentHash,
                c.RecordedAt, c.RecordedBy, Certified = c.Signature != null, c.SignerThumbprint, c.SignedAt, c.SignedBy })
            .ToListAsync(cancellationToken))
        .OrderBy(c => c.RecordedAt).ThenBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.FileName, StringComparer.Ordinal)
        .Select(c => new DigitisedComponentSummary(c.Id, c.DossierId, c.DocumentId, c.DocumentName, c.HolderId, c.HolderName, c.Source, c.FileName, c.MediaType, c.Size,
            c.ContentHash, Local(c.RecordedAt), c.RecordedBy, c.Certified, c.SignerThumbprint, c.SignedAt is { } signed ? Local(signed) : null, c.SignedBy))
        .ToList();

    private static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero));
}
