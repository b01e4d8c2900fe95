using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Delegation;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Queries.Scope;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Inbox;

/// <summary>
/// An officer's inbox: the open tasks of every unit and role they hold today, plus the tasks
/// assigned to them and those held by colleagues whose inbox is delegated to them today, most urgent first. Filtering and paging happen in the database; the due
/// status is computed on the working calendar of each task's unit.
/// </summary>
public sealed class InboxQuery(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time, EngineOptions options)
{
    public async Task<Page<InboxItem>> ListAsync(string officerId, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var page = (filter.Page ?? new PageRequest()).Normalised();
        var now = time.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        await using var db = database.Create();
        var memberships = await OfficerMemberships.LoadAsync(db, officerId, VietnamTime.LocalDate(now), cancellationToken);
        var calculator = new DeadlineCalculator(workspace.Current.Calendar);
        var horizons = memberships.Units.ToDictionary(u => u, u => DueSoonHorizon.For(calculator, now, options.StepReminderLead, u).UtcDateTime, StringComparer.Ordinal);
        var defaultHorizon = DueSoonHorizon.For(calculator, now, options.StepReminderLead, null).UtcDateTime;

        // Mine: held roles at their units, or handed to me by name, or held by a colleague whose inbox
        // is delegated to me today (decided by date here, so a delegation starts and stops by itself).
        var delegated = await InboxDelegations.InForceForAsync(db, officerId, VietnamTime.LocalDate(now), cancellationToken);
        var mine = PredicateBuilder.Or(memberships.Held
            .Select(h => (Expression<Func<WorkItemRecord, bool>>)(w => w.UnitId == h.UnitId && w.Role == h.Role))
            .Append(w => w.AssigneeId == officerId)
            .Concat(delegated.Select(d => (Expression<Func<WorkItemRecord, bool>>)(w => w.UnitId == d.UnitId && w.AssigneeId == d.DelegatorId))));
        var items = db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Open && (w.Kind == WorkItemKind.Task || w.Kind == WorkItemKind.IntakeCheck))
            .Where(mine);
        if (filter.Due is { } due)
        {
            items = items.Where(DuePredicate(due, nowUtc, horizons, defaultHorizon));
        }

        var rows = from w in items
                   join d in db.Dossiers.AsNoTracking() on w.DossierId equals d.Id
                   select new { w, d };
        if (filter.StatusCode is { } status)
        {
            rows = rows.Where(r => r.d.StatusCode == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.ProcedureId))
        {
            rows = rows.Where(r => r.d.ProcedureId == filter.ProcedureId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var code = TextSearch.CodePattern(filter.Search);
            var name = TextSearch.NamePattern(filter.Search);
            rows = rows.Where(r => EF.Functions.Like(r.d.Code, code, TextSearch.Escape) || EF.Functions.Like(r.d.ApplicantSearchName, name, TextSearch.Escape));
        }

        var total = await rows.CountAsync(cancellationToken);
        var found = await rows
            .OrderBy(r => r.w.DueAt == null).ThenBy(r => r.w.DueAt).ThenBy(r => r.w.CreatedAt).ThenBy(r => r.w.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(cancellationToken);
        var list = found.Select(r =>
        {
            var horizon = r.w.UnitId is { } unit && horizons.TryGetValue(unit, out var h) ? h : defaultHorizon;
            DueStatus? dueStatus = r.w.DueAt is { } dueAt ? DueSoonHorizon.Classify(now, Utc(dueAt), Utc(horizon)) : null;
            return new InboxItem(r.w.Id, r.w.Kind, r.d.Id, r.d.Code, r.d.Version, r.d.StatusCode, r.d.ProcedureId, r.d.ProcedureName, r.d.ApplicantName,
                r.w.StepId, r.w.StepName, r.w.UnitId ?? "", r.w.Role ?? "", r.w.AssigneeId, r.w.AssigneeName,
                Local(r.w.CreatedAt), r.w.DueAt is { } d ? Local(d) : null, dueStatus, r.d.AppointmentAt is { } a ? Local(a) : null,
                delegated.FirstOrDefault(x => x.UnitId == r.w.UnitId && x.DelegatorId == r.w.AssigneeId)?.DelegatorName);
        }).ToList();
        return new Page<InboxItem>(list, page.Page, page.PageSize, total);
    }

    /// <summary>The due-status filter as SQL: each unit has its own "due soon" horizon (its working hours).</summary>
    private static Expression<Func<WorkItemRecord, bool>> DuePredicate(DueStatus due, DateTime nowUtc, IReadOnlyDictionary<string, DateTime> horizons, DateTime defaultHorizon)
    {
        var units = horizons.Keys.ToList();
        var withinHorizon = PredicateBuilder.Or(horizons
            .Select(pair => (Expression<Func<WorkItemRecord, bool>>)(w => w.UnitId == pair.Key && w.DueAt <= pair.Value))
            .Append(w => !units.Contains(w.UnitId!) && w.DueAt <= defaultHorizon));
        return due switch
        {
            DueStatus.Overdue => w => w.DueAt != null && w.DueAt < nowUtc,
            DueStatus.DueSoon => PredicateBuilder.And<WorkItemRecord>(w => w.DueAt != null && w.DueAt >= nowUtc, withinHorizon),
            // SQL's NOT over a NULL due instant is NULL, so tasks without one are added explicitly.
            _ => PredicateBuilder.Or<WorkItemRecord>([w => w.DueAt == null, PredicateBuilder.And<WorkItemRecord>(w => w.DueAt >= nowUtc, Not(withinHorizon))]),
        };
    }

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(Utc(utc));
}
