using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Store;

namespace Workflow.Engine.Queries.Store;

/// <summary>
/// The electronic data store of organisations and citizens (kho quản lý dữ liệu điện tử, Decree
/// 45/2020): per holder (personal ID number or enterprise code) the documents they may reuse, read
/// from every <see cref="StoreSources">source</see> and checked on every read. Who may read it is
/// decided by the callers (a dossier of the officer's units, or the citizen's own proof); reading
/// it is journaled by <see cref="WorkflowEngine.RecordStoreViewAsync"/>.
/// </summary>
public sealed class ElectronicDataStore(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider? time = null)
{
    /// <summary>The holder's documents from every source, newest first.</summary>
    public async Task<IReadOnlyList<StoreEntry>> ForHolderAsync(string holderId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await EntriesAsync(db, holderId, culture, cancellationToken);
    }

    /// <summary>The store of the dossier's applicant and what each of its papers may take from it; null when there is no such dossier.</summary>
    public async Task<DossierStoreView?> ForDossierAsync(Guid dossierId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.ApplicantIdNumber, d.ProcedureId, d.ProcedureVersion }).SingleOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var entries = dossier.ApplicantIdNumber is { } holder ? await EntriesAsync(db, holder, culture, cancellationToken) : [];
        var reused = await ReusedAsync(db, dossierId, cancellationToken);
        var definition = workspace.Current.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion);
        var offers = (definition?.Documents ?? []).Where(d => d.FromStore.Count > 0)
            .Select(d => new StoreOffer(d.Id, d.Name, d.FromStore, entries.Where(e => d.FromStore.Contains(e.Type)).ToList(), reused.LastOrDefault(r => r.Document == d.Id)))
            .ToList();
        return new DossierStoreView(dossierId, dossier.ApplicantIdNumber, offers, entries);
    }

    /// <summary>The papers of the dossier given by reference to the store, in the order they were.</summary>
    public async Task<IReadOnlyList<ComponentReusedFromStoreDetail>> ReusedAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await ReusedAsync(db, dossierId, cancellationToken);
    }

    /// <summary>
    /// The dossier a citizen proves to hold with its code and tracking secret, and its applicant's ID
    /// number, when that proves who the holder is: the dossier's applicant was identified, by the desk
    /// (received at the desk or by post, or accepted) — an online dossier nobody checked yet proves
    /// only that someone typed the number. Null otherwise, for every reason alike.
    /// </summary>
    public async Task<StoreHolder?> ProvenHolderAsync(string code, string secret, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var normalised = code.Trim().ToUpperInvariant();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == normalised)
            .Select(d => new { d.Id, d.TrackingSecretHash, d.ApplicantIdNumber, d.ApplicantName, d.Channel, d.AcceptedAt }).SingleOrDefaultAsync(cancellationToken);
        if (dossier is null || !TrackingSecrets.Matches(dossier.TrackingSecretHash, secret.Trim()) || dossier.ApplicantIdNumber is not { } holder
            || (dossier.Channel == Channel.Online && dossier.AcceptedAt is null))
        {
            return null;
        }

        return new StoreHolder(dossier.Id, holder, dossier.ApplicantName);
    }

    /// <summary>The holder's newest dossier, where a signed-in citizen's reading of their store is journaled; null when they have none.</summary>
    public async Task<Guid?> NewestDossierOfAsync(string holderId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        return await db.Dossiers.AsNoTracking().Where(d => d.ApplicantIdNumber == holderId).OrderByDescending(d => d.SubmittedAt)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The holder's own dossier with this code; null when the code is not one of theirs.</summary>
    public async Task<Guid?> DossierOfHolderAsync(string code, string holderId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var normalised = code.Trim().ToUpperInvariant();
        return await db.Dossiers.AsNoTracking().Where(d => d.Code == normalised && d.ApplicantIdNumber == holderId).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StoreEntry>> EntriesAsync(WorkflowDbContext db, string holderId, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var today = VietnamTime.LocalDate((time ?? TimeProvider.System).GetUtcNow());
        var entries = new List<StoreEntry>();
        foreach (var source in StoreSources.All)
        {
            entries.AddRange(await source.ForHolderAsync(db, holderId.Trim(), today, culture, cancellationToken));
        }

        return entries.OrderByDescending(e => e.ValidFrom).ToList();
    }

    private static async Task<List<ComponentReusedFromStoreDetail>> ReusedAsync(WorkflowDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var details = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId && j.Command == JournalKinds.ComponentReusedFromStore)
            .OrderBy(j => j.Sequence).Select(j => j.DetailJson).ToListAsync(cancellationToken);
        return details.Select(JournalDetailReader.Read<ComponentReusedFromStoreDetail>).OfType<ComponentReusedFromStoreDetail>().ToList();
    }
}
