using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Results;

/// <summary>
/// Electronic results read back: a dossier's, a holder's, and the ones a citizen may download after
/// proving they hold the dossier the way tracking asks (its code and tracking secret). Every read
/// checks each result against its recorded hash, its signature, revocation and validity.
/// </summary>
public sealed class ElectronicResultQuery(WorkflowDbContextFactory database, TimeProvider? time = null)
{
    public async Task<IReadOnlyList<ElectronicResultSummary>> ForDossierAsync(Guid dossierId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var records = await db.ElectronicResults.AsNoTracking().Where(r => r.DossierId == dossierId).OrderBy(r => r.IssuedAt).ToListAsync(cancellationToken);
        return await SummariesAsync(db, records, culture, cancellationToken);
    }

    /// <summary>Every result issued to a holder (personal ID number or enterprise code), newest first.</summary>
    public async Task<IReadOnlyList<ElectronicResultSummary>> ForHolderAsync(string holderId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var records = await db.ElectronicResults.AsNoTracking().Where(r => r.HolderId == holderId.Trim()).OrderByDescending(r => r.IssuedAt).ToListAsync(cancellationToken);
        return await SummariesAsync(db, records, culture, cancellationToken);
    }

    /// <summary>
    /// The results delivered online for the dossier with this code, when <paramref name="secret"/> is its
    /// tracking secret; null when the code and secret do not match (a phone number is not proof enough).
    /// </summary>
    public async Task<IReadOnlyList<ElectronicResultSummary>?> DeliveredOnlineAsync(string code, string secret, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var normalised = code.Trim().ToUpperInvariant();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == normalised).Select(d => new { d.Id, d.TrackingSecretHash }).SingleOrDefaultAsync(cancellationToken);
        if (dossier is null || !TrackingSecrets.Matches(dossier.TrackingSecretHash, secret.Trim()))
        {
            return null;
        }

        var records = await db.ElectronicResults.AsNoTracking()
            .Where(r => r.DossierId == dossier.Id && r.DeliveredBy == ResultDelivery.Online)
            .OrderBy(r => r.IssuedAt).ToListAsync(cancellationToken);
        return await SummariesAsync(db, records, culture, cancellationToken);
    }

    /// <summary>How the citizen chose to receive the dossier's result.</summary>
    public async Task<ResultDelivery> ChosenDeliveryAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.ResultDelivery).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>One result with its bytes, checked; null when there is none.</summary>
    public async Task<ResultCheck?> CheckAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var record = await db.ElectronicResults.AsNoTracking().SingleOrDefaultAsync(r => r.Id == documentId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var hashes = await JournalHashesAsync(db, [record.DossierId], cancellationToken);
        return ResultCheck.Of(record, hashes.GetValueOrDefault(record.Id), Today);
    }

    private DateOnly Today => VietnamTime.LocalDate((time ?? TimeProvider.System).GetUtcNow());

    private async Task<IReadOnlyList<ElectronicResultSummary>> SummariesAsync(WorkflowDbContext db, List<ElectronicResultRecord> records, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var hashes = await JournalHashesAsync(db, records.Select(r => r.DossierId).Distinct().ToList(), cancellationToken);
        return records.Select(r =>
        {
            var check = ResultCheck.Of(r, hashes.GetValueOrDefault(r.Id), Today);
            return new ElectronicResultSummary(r.Id, r.DossierId, r.ResultId, r.Name, r.HolderId, r.HolderName, r.Origin, r.FileName, r.MediaType, r.UnitId,
                Local(r.IssuedAt), r.IssuedBy, r.ValidFrom, r.ValidTo, Local(r.SignedAt), r.SignedBy, Local(r.DeliveredAt), r.DeliveredBy,
                Local(r.RevokedAt), r.RevokedBy, r.RevocationReason, check.Standing, check.Sentence(culture));
        }).ToList();
    }

    /// <summary>The content hash each result had when issued, as the dossiers' journals recorded it.</summary>
    internal static async Task<Dictionary<Guid, string>> JournalHashesAsync(WorkflowDbContext db, List<Guid> dossierIds, CancellationToken cancellationToken)
    {
        var details = await db.Journal.AsNoTracking()
            .Where(j => dossierIds.Contains(j.DossierId) && j.Command == JournalKinds.ResultIssued)
            .Select(j => j.DetailJson).ToListAsync(cancellationToken);
        var hashes = new Dictionary<Guid, string>();
        foreach (var detail in details.Select(JournalDetailReader.Read<ResultIssuedDetail>))
        {
            if (detail is not null)
            {
                hashes[detail.Document] = detail.ContentHash;
            }
        }

        return hashes;
    }

    private static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero));

    private static DateTimeOffset? Local(DateTime? utc) => utc is { } value ? Local(value) : null;
}
