using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Calendars;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Paging;

namespace Workflow.Engine.Queries.Audit;

/// <summary>The auditor's reads: a dossier's full journal with its hash chain checked, and handoffs between units.</summary>
public sealed class AuditQuery(WorkflowDbContextFactory database)
{
    /// <summary>The journal of a dossier; null when neither the dossier nor any journal line exists.</summary>
    public async Task<DossierJournal?> JournalAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => new { d.Code }).SingleOrDefaultAsync(cancellationToken);
        var entries = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        if (dossier is null && entries.Count == 0)
        {
            return null;
        }

        var lines = new List<JournalLine>(entries.Count);
        var previous = JournalHasher.Genesis;
        int? firstBroken = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            // A line holds when it hashes to what it says, links to the line before, and no sequence number is missing.
            var verified = entry.Hash == JournalHasher.Compute(entry) && entry.PreviousHash == previous && entry.Sequence == i + 1;
            if (!verified)
            {
                firstBroken ??= entry.Sequence;
            }

            lines.Add(ToLine(entry, verified));
            previous = entry.Hash;
        }

        return new DossierJournal(dossierId, dossier?.Code, dossier is not null, firstBroken is null, firstBroken, lines);
    }

    /// <summary>The handoffs of one dossier, in order.</summary>
    public async Task<IReadOnlyList<HandoffLine>?> DossierHandoffsAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var entries = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId && j.HandoffToUnitId != null)
            .OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return entries.Select(j => ToHandoff(j, dossier)).ToList();
    }

    /// <summary>Handoffs across all dossiers, by giving or receiving unit, period and punctuality; newest first.</summary>
    public async Task<Page<HandoffLine>> SearchHandoffsAsync(HandoffFilter filter, CancellationToken cancellationToken = default)
    {
        var page = (filter.Page ?? new PageRequest()).Normalised();
        await using var db = database.Create();
        var entries = db.Journal.AsNoTracking().Where(j => j.HandoffToUnitId != null);
        if (!string.IsNullOrWhiteSpace(filter.FromUnitId))
        {
            entries = entries.Where(j => j.HandoffFromUnitId == filter.FromUnitId);
        }

        if (!string.IsNullOrWhiteSpace(filter.ToUnitId))
        {
            entries = entries.Where(j => j.HandoffToUnitId == filter.ToUnitId);
        }

        if (filter.From is { } from)
        {
            var start = VietnamTime.FromLocal(from, TimeOnly.MinValue).UtcDateTime;
            entries = entries.Where(j => j.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = VietnamTime.FromLocal(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
            entries = entries.Where(j => j.At < end);
        }

        if (filter.Punctuality is { } punctuality)
        {
            entries = entries.Where(j => j.HandoffPunctuality == punctuality);
        }

        var rows = from j in entries
                   join d in db.Dossiers.AsNoTracking() on j.DossierId equals d.Id
                   select new { j, d };
        var total = await rows.CountAsync(cancellationToken);
        var found = await rows.OrderByDescending(r => r.j.At).ThenByDescending(r => r.j.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Page<HandoffLine>(found.Select(r => ToHandoff(r.j, r.d)).ToList(), page.Page, page.PageSize, total);
    }

    private static HandoffLine ToHandoff(JournalEntryRecord j, DossierRecord d) =>
        new(d.Id, d.Code, d.ProcedureName, j.Sequence, DossierDetailQuery.Local(j.At), j.HandoffFromUnitId, j.HandoffToUnitId!, j.StepId,
            GivenBy(j), j.HandoffPunctuality);

    // Only a handoff has a giver; the first task (also an arrival at a unit) has none.
    private static string? GivenBy(JournalEntryRecord j) => j.Command == JournalKinds.Handoff ? j.DetailAs<HandoffDetail>()?.FromOfficer : null;

    private static JournalLine ToLine(JournalEntryRecord j, bool verified) =>
        new(j.Id, j.Sequence, DossierDetailQuery.Local(j.At), j.Command, j.ActorId, j.ActorName, j.ActorUnitId, j.ActorRole,
            j.FromStatus, j.ToStatus, j.FromState, j.ToState, j.WorkItemId, j.StepId, j.HandoffFromUnitId, j.HandoffToUnitId, j.HandoffPunctuality,
            j.Reason, j.DetailJson is null ? null : DossierDetailQuery.ParseObject(j.DetailJson), j.PreviousHash, j.Hash, verified);
}
