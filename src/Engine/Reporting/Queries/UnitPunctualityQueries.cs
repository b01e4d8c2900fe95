using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Queries;

/// <summary>
/// Who was late: the journal's handoffs by giving unit (partial index of handoffs by At), the
/// work items completed in the period by unit (partial index of completions, then CompletedAt), and
/// the late dossiers each unit had a late step in. Every query is one GROUP BY in the database.
/// </summary>
internal static class UnitPunctualityQueries
{
    public static async Task<Dictionary<string, UnitPunctualityFigures>> LoadAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var result = new Dictionary<string, UnitPunctualityFigures>(StringComparer.Ordinal);
        UnitPunctualityFigures For(string unitId)
        {
            if (!result.TryGetValue(unitId, out var figures))
            {
                figures = new UnitPunctualityFigures();
                result[unitId] = figures;
            }

            return figures;
        }

        var handoffs = SqliteIndexHints.Use(db.Journal.AsNoTracking(), "journal_entries", "j", "IX_journal_entries_handoffs")
            .Where(j => j.Command == JournalKinds.Handoff && j.At >= start && j.At < end && j.HandoffFromUnitId != null);
        if (unitIds is not null)
        {
            handoffs = handoffs.Where(j => unitIds.Contains(j.HandoffFromUnitId!));
        }

        // A consulted agency's answer back to the asking unit is a handoff too (the join's arrival, or a
        // late contribution after its branch was closed); few, so read by command and time.
        var answers = db.Journal.AsNoTracking()
            .Where(j => (j.Command == JournalKinds.BranchArrived || j.Command == JournalKinds.LateContribution) && j.At >= start && j.At < end && j.HandoffFromUnitId != null);
        if (unitIds is not null)
        {
            answers = answers.Where(j => unitIds.Contains(j.HandoffFromUnitId!));
        }

        var given = await handoffs.GroupBy(j => new { j.HandoffFromUnitId, j.HandoffPunctuality })
            .Select(g => new { g.Key.HandoffFromUnitId, g.Key.HandoffPunctuality, Count = g.Count() }).ToListAsync(cancellationToken);
        given.AddRange(await answers.GroupBy(j => new { j.HandoffFromUnitId, j.HandoffPunctuality })
            .Select(g => new { g.Key.HandoffFromUnitId, g.Key.HandoffPunctuality, Count = g.Count() }).ToListAsync(cancellationToken));
        foreach (var row in given)
        {
            var figures = For(row.HandoffFromUnitId!);
            switch (row.HandoffPunctuality)
            {
                case Punctuality.Early: figures.HandoffsEarly += row.Count; break;
                case Punctuality.OnTime: figures.HandoffsOnTime += row.Count; break;
                case Punctuality.Late: figures.HandoffsLate += row.Count; break;
                default: figures.HandoffsUnclassified += row.Count; break;
            }
        }

        // The commands are written out (not a parameter) so the planner can match the journal's
        // partial index of completions. A completing command stamps the item's CompletedAt with the
        // journal entry's own instant, so the same period bound on the items changes no figure and
        // lets them be read from their completion-time index rather than all of them.
        var steps = SqliteIndexHints.Use(db.Journal.AsNoTracking(), "journal_entries", "j", "IX_journal_entries_completions")
            .Where(j => j.At >= start && j.At < end && (j.Command == JournalKinds.Complete || j.Command == JournalKinds.ReturnByPost) && j.WorkItemId != null)
            .Join(db.WorkItems.AsNoTracking().Where(w => w.CompletedAt >= start && w.CompletedAt < end && w.Kind == WorkItemKind.Task && w.UnitId != null),
                j => j.WorkItemId, w => w.Id, (j, w) => new { w.UnitId, w.Punctuality });
        if (unitIds is not null)
        {
            steps = steps.Where(s => unitIds.Contains(s.UnitId!));
        }

        foreach (var row in await steps.GroupBy(s => new { s.UnitId, s.Punctuality })
                     .Select(g => new { g.Key.UnitId, g.Key.Punctuality, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            var figures = For(row.UnitId!);
            switch (row.Punctuality)
            {
                case Punctuality.Early: figures.StepsEarly += row.Count; break;
                case Punctuality.OnTime: figures.StepsOnTime += row.Count; break;
                case Punctuality.Late: figures.StepsLate += row.Count; break;
                default: figures.StepsUnclassified += row.Count; break;
            }
        }

        foreach (var row in await LateStepsOfLateDossiers(db, period, unitIds)
                     .Select(x => new { x.UnitId, x.DossierId }).Distinct()
                     .GroupBy(x => x.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            For(row.UnitId!).LateDossiersAttributed += row.Count;
        }

        var apologies = db.Journal.AsNoTracking().Where(j => j.Command == JournalKinds.Apologise && j.At >= start && j.At < end && j.ActorUnitId != null);
        if (unitIds is not null)
        {
            apologies = apologies.Where(j => unitIds.Contains(j.ActorUnitId!));
        }

        foreach (var row in await apologies.GroupBy(j => j.ActorUnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            For(row.UnitId!).ApologiesIssued += row.Count;
        }

        return result;
    }

    /// <summary>Late dossiers finished in the period in which no step was late: their delay cannot be attributed to a unit.</summary>
    public static async Task<int> UnattributedLateDossiersAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, CancellationToken cancellationToken)
    {
        var late = LateDossiers(db, period, unitIds);
        var withLateStep = db.WorkItems.AsNoTracking().Where(w => w.Kind == WorkItemKind.Task && w.Punctuality == Punctuality.Late);
        return await late.CountAsync(d => !withLateStep.Any(w => w.DossierId == d.Id), cancellationToken);
    }

    private static IQueryable<Persistence.Entities.DossierRecord> LateDossiers(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? receivingUnitIds)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var late = db.Dossiers.AsNoTracking().Where(d => d.FinishedAt >= start && d.FinishedAt < end && d.AcceptedAt != null
                                                       && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped
                                                       && d.FinishPunctuality == Punctuality.Late);
        return receivingUnitIds is null ? late : late.Where(d => receivingUnitIds.Contains(d.ReceivingUnitId));
    }

    private static IQueryable<LateStep> LateStepsOfLateDossiers(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds)
    {
        var steps = LateDossiers(db, period, null)
            .Join(db.WorkItems.AsNoTracking().Where(w => w.Kind == WorkItemKind.Task && w.Punctuality == Punctuality.Late && w.UnitId != null),
                d => d.Id, w => w.DossierId, (d, w) => new LateStep { UnitId = w.UnitId, DossierId = d.Id });
        return unitIds is null ? steps : steps.Where(s => unitIds.Contains(s.UnitId!));
    }

    private sealed class LateStep
    {
        public string? UnitId { get; init; }

        public Guid DossierId { get; init; }
    }
}
