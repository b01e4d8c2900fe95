using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Organisation.Administration;

/// <summary>
/// On the effective date of a merger or abolition, moves the open tasks still at the unit to its
/// successor. Every node's timer worker runs it on each pass; each dossier moves in its own
/// transaction under the dossier's lock, so a task moves once however many nodes run it at once.
/// A change is marked done, by a conditional update, once nothing is left at the unit; until then
/// the next pass tries again (a dossier that failed, a node that stopped halfway).
/// </summary>
public static partial class OrganisationSuccessions
{
    /// <summary>Moves what is due; returns how many tasks moved.</summary>
    public static async Task<int> RunDueAsync(WorkflowEngine engine, WorkflowDbContextFactory database, ILogger logger, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.LocalDate(engine.Time.GetUtcNow());
        List<Persistence.Entities.OrganisationChangeRecord> due;
        await using (var db = database.Create())
        {
            due = await db.OrganisationChanges.AsNoTracking()
                .Where(c => c.SuccessionDoneAt == null && c.SuccessorId != null && c.EffectiveDate <= today)
                .OrderBy(c => c.Version).ToListAsync(cancellationToken);
        }

        var total = 0;
        foreach (var change in due)
        {
            var moved = 0;
            var failed = 0;
            List<Guid> dossiers;
            await using (var db = database.Create())
            {
                dossiers = await db.WorkItems.AsNoTracking().Where(i => i.UnitId == change.SubjectId && i.Status == WorkItemStatus.Open)
                    .Select(i => i.DossierId).Distinct().ToListAsync(cancellationToken);
            }

            foreach (var dossier in dossiers)
            {
                try
                {
                    moved += await engine.MoveToSuccessorAsync(dossier, change.SubjectId, change.SuccessorId!, change.Id, change.EffectiveDate, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed++;
                    LogMoveFailed(logger, ex, dossier, change.SubjectId, change.SuccessorId!);
                }
            }

            total += moved;
            await using (var db = database.Create())
            {
                await db.OrganisationChanges.Where(c => c.Id == change.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.TasksMoved, c => c.TasksMoved + moved), cancellationToken);
                if (failed == 0)
                {
                    var now = engine.Time.GetUtcNow().UtcDateTime;
                    await db.OrganisationChanges.Where(c => c.Id == change.Id && c.SuccessionDoneAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.SuccessionDoneAt, now), cancellationToken);
                }
            }

            if (moved > 0)
            {
                LogMoved(logger, moved, change.SubjectId, change.SuccessorId!, change.Id);
            }
        }

        return total;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Organisation: moved {Count} open tasks from {FromUnit} to its successor {ToUnit} (change {ChangeId})")]
    private static partial void LogMoved(ILogger logger, int count, string fromUnit, string toUnit, Guid changeId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Organisation: could not move the open tasks of dossier {DossierId} from {FromUnit} to {ToUnit}; the next pass tries again")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception, Guid dossierId, string fromUnit, string toUnit);
}
