using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Queries;

/// <summary>
/// The report's counts, each computed by the database with one GROUP BY over
/// (receiving unit, procedure, version, channel). Nothing here loads dossiers one by one.
/// </summary>
internal static class DossierCountQueries
{
    /// <summary>
    /// The dossiers that touch the period: open at some moment of it (accepted before its end and not
    /// finished before its start), or closed in it without being accepted (refused, withdrawn early).
    /// Served by the FinishedAt index: <c>FinishedAt IS NULL OR FinishedAt &gt;= start</c>; on SQLite by
    /// one that also holds every column read here, so no dossier row is visited.
    /// </summary>
    public static async Task CountStatesAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, FigureTable table, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var dossiers = SqliteIndexHints.Use(db.Dossiers.AsNoTracking(), "dossiers", "d", "IX_dossiers_report_states")
            .Where(d => (d.FinishedAt == null || d.FinishedAt >= start) && (d.AcceptedAt < end || d.FinishedAt < end));
        if (unitIds is not null)
        {
            dossiers = dossiers.Where(d => unitIds.Contains(d.ReceivingUnitId));
        }

        var rows = await dossiers
            .GroupBy(d => new { d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel })
            .Select(g => new
            {
                g.Key,
                CarriedOver = g.Count(d => d.AcceptedAt < start),
                New = g.Count(d => d.AcceptedAt >= start && d.AcceptedAt < end),
                Early = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped && d.FinishPunctuality == Punctuality.Early),
                OnTime = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped && d.FinishPunctuality == Punctuality.OnTime),
                Late = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped && d.FinishPunctuality == Punctuality.Late),
                Unclassified = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped && d.FinishPunctuality == null),
                AfterApology = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped && d.Rescheduled),
                Rejected = g.Count(d => d.FinishedAt < end && d.State == DossierState.Rejected),
                WithdrawnAccepted = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State == DossierState.Withdrawn),
                Withdrawn = g.Count(d => d.FinishedAt < end && d.State == DossierState.Withdrawn),
                Stopped = g.Count(d => d.AcceptedAt != null && d.FinishedAt < end && d.State == DossierState.Stopped),
                Refused = g.Count(d => d.FinishedAt < end && d.State == DossierState.RefusedAtIntake),
                OpenWithinTime = g.Count(d => d.AcceptedAt < end && (d.FinishedAt == null || d.FinishedAt >= end) && (d.DueAt == null || d.DueAt >= end)),
                OpenOverdue = g.Count(d => d.AcceptedAt < end && (d.FinishedAt == null || d.FinishedAt >= end) && d.DueAt < end),
            })
            .ToListAsync(cancellationToken);

        foreach (var row in rows)
        {
            var figures = table.For(new DossierGroupKey(row.Key.ReceivingUnitId, row.Key.ProcedureId, row.Key.ProcedureVersion, row.Key.Channel));
            figures.CarriedOver += row.CarriedOver;
            switch (row.Key.Channel)
            {
                case Channel.Online:
                    figures.NewOnline += row.New;
                    break;
                case Channel.Post:
                    figures.NewByPost += row.New;
                    break;
                default:
                    figures.NewAtDesk += row.New;
                    break;
            }

            figures.FinishedEarly += row.Early;
            figures.FinishedOnTime += row.OnTime;
            figures.FinishedLate += row.Late;
            figures.FinishedUnclassified += row.Unclassified;
            figures.FinishedAfterApology += row.AfterApology;
            figures.RejectedInProcessing += row.Rejected;
            figures.WithdrawnAfterAcceptance += row.WithdrawnAccepted;
            figures.Withdrawn += row.Withdrawn;
            figures.Stopped += row.Stopped;
            figures.RefusedAtIntake += row.Refused;
            figures.InProgressWithinTime += row.OpenWithinTime;
            figures.InProgressOverdue += row.OpenOverdue;
        }
    }

    /// <summary>Results returned in the period. Needs an index on <c>dossiers(ReturnedAt)</c> to avoid a scan (see docs/reporting.md).</summary>
    public static async Task CountReturnedAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, FigureTable table, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.ReturnedAt >= start && d.ReturnedAt < end);
        if (unitIds is not null)
        {
            dossiers = dossiers.Where(d => unitIds.Contains(d.ReceivingUnitId));
        }

        var rows = await dossiers
            .GroupBy(d => new { d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            table.For(new DossierGroupKey(row.Key.ReceivingUnitId, row.Key.ProcedureId, row.Key.ProcedureVersion, row.Key.Channel)).Returned += row.Count;
        }
    }

    /// <summary>Supplement requests, requests to complete at intake and apologies made in the period, from the journal (index on At).</summary>
    public static async Task CountJournalEventsAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, FigureTable table, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        // Journal commands counted as events of the period.
        string[] commands = [JournalKinds.RequestSupplement, JournalKinds.WaitSupplement, JournalKinds.AskToComplete, JournalKinds.Apologise];
        var dossiers = db.Dossiers.AsNoTracking();
        if (unitIds is not null)
        {
            dossiers = dossiers.Where(d => unitIds.Contains(d.ReceivingUnitId));
        }

        var rows = await db.Journal.AsNoTracking()
            .Where(j => j.At >= start && j.At < end && commands.Contains(j.Command))
            .Join(dossiers, j => j.DossierId, d => d.Id, (j, d) => new { d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel, j.Command })
            .GroupBy(x => new { x.ReceivingUnitId, x.ProcedureId, x.ProcedureVersion, x.Channel, x.Command })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var figures = table.For(new DossierGroupKey(row.Key.ReceivingUnitId, row.Key.ProcedureId, row.Key.ProcedureVersion, row.Key.Channel));
            switch (row.Key.Command)
            {
                case JournalKinds.RequestSupplement or JournalKinds.WaitSupplement:
                    figures.SupplementRequests += row.Count;
                    break;
                case JournalKinds.AskToComplete:
                    figures.AskedToComplete += row.Count;
                    break;
                default:
                    figures.ApologiesIssued += row.Count;
                    break;
            }
        }
    }

    /// <summary>Ratings given in the period, per level (index on RatedAt).</summary>
    public static async Task CountRatingsAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? unitIds, FigureTable table, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var dossiers = db.Dossiers.AsNoTracking();
        if (unitIds is not null)
        {
            dossiers = dossiers.Where(d => unitIds.Contains(d.ReceivingUnitId));
        }

        var rows = await db.Ratings.AsNoTracking()
            .Where(r => r.RatedAt >= start && r.RatedAt < end)
            .Join(dossiers, r => r.DossierId, d => d.Id, (r, d) => new { d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel, r.Level })
            .GroupBy(x => new { x.ReceivingUnitId, x.ProcedureId, x.ProcedureVersion, x.Channel, x.Level })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var figures = table.For(new DossierGroupKey(row.Key.ReceivingUnitId, row.Key.ProcedureId, row.Key.ProcedureVersion, row.Key.Channel));
            switch (row.Key.Level)
            {
                case SatisfactionLevel.VerySatisfied:
                    figures.VerySatisfied += row.Count;
                    break;
                case SatisfactionLevel.Satisfied:
                    figures.Satisfied += row.Count;
                    break;
                default:
                    figures.NotSatisfied += row.Count;
                    break;
            }
        }
    }
}
