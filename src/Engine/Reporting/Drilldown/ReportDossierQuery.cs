using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Reporting.Drilldown;

/// <summary>
/// The dossiers behind one figure of one report row: the same period, unit scope, grouping and
/// conditions as <see cref="ReportService"/> counts them (<c>DossierCountQueries</c>), so the list
/// has exactly as many dossiers as the figure says. Newest submission first, one page at a time.
/// A period still running is measured up to now, as the report is (<see cref="ReportPeriod.AsOf"/>).
/// </summary>
public sealed class ReportDossierQuery(WorkflowDbContextFactory database, ProceduresWorkspace workspace, TimeProvider? time = null)
{
    /// <param name="request">The report's period, grouping, unit scope (with sub-units) and language.</param>
    /// <param name="rowKey">The row's <see cref="ReportRow.Key"/> (unit id with its sub-units, procedure id, field name or channel word); null for the total.</param>
    public async Task<Page<DossierSummary>> DossiersAsync(ReportRequest request, string? rowKey, ReportFigure figure, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request.AsOf((time ?? TimeProvider.System).GetUtcNow());
        var paging = (page ?? new PageRequest()).Normalised();
        var hierarchy = new UnitHierarchy(workspace.Organisation, request.Period);
        await using var db = database.Create();
        var dossiers = db.Dossiers.AsNoTracking();
        if (ReportService.Scope(request, hierarchy) is { } scope)
        {
            var units = scope.ToList();
            dossiers = dossiers.Where(d => units.Contains(d.ReceivingUnitId));
        }

        if (rowKey is not null)
        {
            dossiers = dossiers.Where(Row(request, rowKey, hierarchy));
        }

        dossiers = dossiers.Where(Figure(db, request.Period, figure));
        var total = await dossiers.CountAsync(cancellationToken);
        var rows = await dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Code)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(d => new { d.Id, d.Code, d.StatusCode, d.ProcedureId, d.ProcedureName, d.ReceivingUnitId, d.ApplicantName, d.SubmittedAt, d.AppointmentAt, d.FinishedAt })
            .ToListAsync(cancellationToken);
        return new Page<DossierSummary>(rows.Select(d => new DossierSummary(d.Id, d.Code, d.StatusCode, d.ProcedureId, d.ProcedureName, d.ReceivingUnitId,
            d.ApplicantName, DossierDetailQuery.Local(d.SubmittedAt), DossierDetailQuery.Local(d.AppointmentAt), DossierDetailQuery.Local(d.FinishedAt))).ToList(),
            paging.Page, paging.PageSize, total);
    }

    private Expression<Func<DossierRecord, bool>> Row(ReportRequest request, string key, UnitHierarchy hierarchy)
    {
        switch (request.Grouping)
        {
            case ReportGrouping.Procedure:
                return d => d.ProcedureId == key;
            case ReportGrouping.Channel:
                var channel = Enum.GetValues<Channel>().FirstOrDefault(c => string.Equals(c.ToString(), key, StringComparison.OrdinalIgnoreCase));
                return d => d.Channel == channel;
            case ReportGrouping.Field:
                // A field is a set of (procedure, version) pairs: the report reads the field from the version each dossier ran on.
                var versions = workspace.Catalog.ProcedureIds.SelectMany(workspace.Catalog.Versions).ToList();
                var named = versions.Where(v => !string.IsNullOrEmpty(v.Field)).ToList();
                var pairs = named.Where(v => v.Field == key).Select(v => Version(v.Id, v.Version)).ToList();
                if (pairs.Count > 0 || named.Any(v => v.Field == key))
                {
                    return PredicateBuilder.Or(pairs);
                }

                // "(unknown field)": dossiers whose version has no field or is not loaded.
                var known = PredicateBuilder.Or(named.Select(v => Version(v.Id, v.Version)));
                return Expression.Lambda<Func<DossierRecord, bool>>(Expression.Not(known.Body), known.Parameters);
            default:
                var units = hierarchy.Within(key).ToList();
                return d => units.Contains(d.ReceivingUnitId);
        }
    }

    private static Expression<Func<DossierRecord, bool>> Version(string procedureId, int version) =>
        d => d.ProcedureId == procedureId && d.ProcedureVersion == version;

    /// <summary>The conditions of <c>DossierCountQueries.CountStatesAsync</c>, <c>CountReturnedAsync</c> and <c>CountRatingsAsync</c>, one figure at a time.</summary>
    private static Expression<Func<DossierRecord, bool>> Figure(WorkflowDbContext db, ReportPeriod period, ReportFigure figure)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        Expression<Func<DossierRecord, bool>> touches = d => (d.FinishedAt == null || d.FinishedAt >= start) && (d.AcceptedAt < end || d.FinishedAt < end);
        Expression<Func<DossierRecord, bool>> finishedWithResult = d => d.AcceptedAt != null && d.FinishedAt < end && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped;
        Expression<Func<DossierRecord, bool>> open = d => d.AcceptedAt < end && (d.FinishedAt == null || d.FinishedAt >= end);
        var ratings = db.Ratings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < end);
        return figure switch
        {
            ReportFigure.Received => And(touches, d => d.AcceptedAt < end),
            ReportFigure.CarriedOver => And(touches, d => d.AcceptedAt < start),
            ReportFigure.NewReceived => And(touches, d => d.AcceptedAt >= start && d.AcceptedAt < end),
            ReportFigure.NewOnline => And(touches, d => d.AcceptedAt >= start && d.AcceptedAt < end && d.Channel == Channel.Online),
            ReportFigure.NewByPost => And(touches, d => d.AcceptedAt >= start && d.AcceptedAt < end && d.Channel == Channel.Post),
            ReportFigure.NewAtDesk => And(touches, d => d.AcceptedAt >= start && d.AcceptedAt < end && d.Channel != Channel.Online && d.Channel != Channel.Post),
            ReportFigure.NewAtDeskOrByPost => And(touches, d => d.AcceptedAt >= start && d.AcceptedAt < end && d.Channel != Channel.Online),
            ReportFigure.Finished => And(touches, finishedWithResult),
            ReportFigure.FinishedEarly => And(And(touches, finishedWithResult), d => d.FinishPunctuality == Punctuality.Early),
            ReportFigure.FinishedOnTime => And(And(touches, finishedWithResult), d => d.FinishPunctuality == Punctuality.OnTime),
            ReportFigure.FinishedLate => And(And(touches, finishedWithResult), d => d.FinishPunctuality == Punctuality.Late),
            ReportFigure.FinishedUnclassified => And(And(touches, finishedWithResult), d => d.FinishPunctuality == null),
            ReportFigure.FinishedAfterApology => And(And(touches, finishedWithResult), d => d.Rescheduled),
            ReportFigure.RejectedInProcessing => And(touches, d => d.FinishedAt < end && d.State == DossierState.Rejected),
            ReportFigure.ClosedWithoutResult => And(touches, d => d.AcceptedAt != null && d.FinishedAt < end && (d.State == DossierState.Withdrawn || d.State == DossierState.Stopped)),
            ReportFigure.InProgress => And(touches, open),
            ReportFigure.InProgressWithinTime => And(And(touches, open), d => d.DueAt == null || d.DueAt >= end),
            ReportFigure.InProgressOverdue => And(And(touches, open), d => d.DueAt < end),
            ReportFigure.Returned => d => d.ReturnedAt >= start && d.ReturnedAt < end,
            ReportFigure.Withdrawn => And(touches, d => d.FinishedAt < end && d.State == DossierState.Withdrawn),
            ReportFigure.RefusedAtIntake => And(touches, d => d.FinishedAt < end && d.State == DossierState.RefusedAtIntake),
            ReportFigure.Ratings => d => ratings.Any(r => r.DossierId == d.Id),
            ReportFigure.VerySatisfied => d => ratings.Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.VerySatisfied),
            ReportFigure.Satisfied => d => ratings.Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.Satisfied),
            ReportFigure.NotSatisfied => d => ratings.Any(r => r.DossierId == d.Id && r.Level == SatisfactionLevel.NotSatisfied),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
        };
    }

    private static Expression<Func<DossierRecord, bool>> And(Expression<Func<DossierRecord, bool>> left, Expression<Func<DossierRecord, bool>> right) =>
        PredicateBuilder.And(left, right);
}
