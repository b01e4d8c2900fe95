using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries.CalendarImpact;

/// <summary>
/// Before an administrator saves a change to the working calendar: which open dossiers would get
/// another due instant. Each dossier's deadline ledger is replayed on the calendar in force and on
/// the proposed one, exactly as the engine computes due instants. Read-only: it never changes a row.
/// </summary>
public sealed class DueDateImpactQuery(WorkflowDbContextFactory database, WorkspaceAccessor workspace)
{
    public async Task<DueDateImpact> CompareAsync(WorkingCalendar proposed, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var open = await db.Dossiers.AsNoTracking()
            .Where(d => d.FinishedAt == null && d.DueAt != null)
            .OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code })
            .ToListAsync(cancellationToken);
        var ids = open.Select(d => d.Id).ToList();
        var events = (await db.DeadlineEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && e.WorkItemId == null).ToListAsync(cancellationToken))
            .ToLookup(e => e.DossierId);
        var current = new DeadlineCalculator(workspace.Current.Calendar);
        var next = new DeadlineCalculator(proposed);
        var moved = new List<MovedDueDate>();
        foreach (var dossier in open)
        {
            var ledger = DeadlineLedger.FromEvents(events[dossier.Id].OrderBy(e => e.Sequence).Select(DeadlineEventMapping.FromRecord));
            if (ledger.Events.Count == 0)
            {
                continue;
            }

            var before = ledger.Compute(current).Due;
            var after = ledger.Compute(next).Due;
            if (before != after)
            {
                moved.Add(new MovedDueDate(dossier.Id, dossier.Code, Local(before), Local(after)));
            }
        }

        return new DueDateImpact(open.Count, moved);
    }

    private static DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } value ? VietnamTime.ToLocal(value) : null;
}
