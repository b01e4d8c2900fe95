using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Results;
using Workflow.Engine.Results;

namespace Workflow.Engine.Store;

/// <summary>
/// The store's first source: results issued and signed to the holder (Decree 45/2020: an electronic
/// result has the value of the paper one). Unsigned results are not in the store: they are not issued
/// yet. Each is checked as results always are: hash, signature, revocation, validity.
/// </summary>
public sealed class ElectronicResultSource : IStoreSource
{
    /// <summary>The source's name in reuse records.</summary>
    public const string SourceName = "result";

    public string Name => SourceName;

    public async Task<IReadOnlyList<StoreEntry>> ForHolderAsync(WorkflowDbContext db, string holderId, DateOnly today, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var rows = await Signed(db, r => r.HolderId == holderId).ToListAsync(cancellationToken);
        return await EntriesAsync(db, rows, today, culture, cancellationToken);
    }

    public async Task<StoreEntry?> FindAsync(WorkflowDbContext db, Guid id, DateOnly today, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var rows = await Signed(db, r => r.Id == id).ToListAsync(cancellationToken);
        return (await EntriesAsync(db, rows, today, culture, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The signed results that <paramref name="which"/> picks, newest first, with their dossier's code and procedure (filtered before the projection, which the database cannot look into).</summary>
    private static IQueryable<Row> Signed(WorkflowDbContext db, Expression<Func<ElectronicResultRecord, bool>> which) =>
        from result in db.ElectronicResults.AsNoTracking().Where(which)
        join dossier in db.Dossiers.AsNoTracking() on result.DossierId equals dossier.Id
        where result.Signature != null && result.HolderId != null
        orderby result.IssuedAt descending
        select new Row(result, dossier.Code, dossier.ProcedureId);

    private static async Task<IReadOnlyList<StoreEntry>> EntriesAsync(WorkflowDbContext db, List<Row> rows, DateOnly today, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var hashes = await ElectronicResultQuery.JournalHashesAsync(db, rows.Select(r => r.Result.DossierId).Distinct().ToList(), cancellationToken);
        return rows.Select(row =>
        {
            var r = row.Result;
            var check = ResultCheck.Of(r, hashes.GetValueOrDefault(r.Id), today);
            return new StoreEntry(SourceName, r.Id, r.HolderId!, row.ProcedureId + "/" + r.ResultId, r.Name, r.DossierId, row.DossierCode, r.UnitId,
                r.ValidFrom, r.ValidTo, Local(r.SignedAt), Local(r.RevokedAt), r.ContentHash, check.Standing, check.Sentence(culture));
        }).ToList();
    }

    private static DateTimeOffset? Local(DateTime? utc) => utc is { } value ? VietnamTime.ToLocal(new DateTimeOffset(value, TimeSpan.Zero)) : null;

    private sealed record Row(ElectronicResultRecord Result, string DossierCode, string ProcedureId);
}
