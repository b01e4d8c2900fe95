using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Moves a dossier's open tasks at a merged or abolished unit to its successor, one journal line
    /// each, as the system. The officer holding a task keeps it when they hold its role at the
    /// successor (their membership moved with the unit); otherwise it waits in the successor's inbox.
    /// Run in the dossier's transaction, so of two nodes moving the same tasks one moves them and the
    /// other finds nothing left to move. Returns how many tasks moved.
    /// </summary>
    public async Task<int> MoveToSuccessorAsync(Guid dossierId, string fromUnit, string toUnit, Guid change, DateOnly effectiveDate, CancellationToken cancellationToken = default)
    {
        var moved = 0;
        await ExecuteAsync(dossierId, Actor.System, null, async session =>
        {
            moved = 0;
            foreach (var item in session.OpenItems.Where(i => i.UnitId == fromUnit).ToList())
            {
                var kept = item.AssigneeId is { } holder && item.Role is { } role
                    && await Memberships.HoldsAsync(session.Db, holder, toUnit, [role], session.Context.Today, cancellationToken);
                item.UnitId = toUnit;
                if (!kept)
                {
                    item.AssigneeId = null;
                    item.AssigneeName = null;
                    item.ClaimedAt = null;
                }

                session.Journal(new UnitSuccessionDetail(fromUnit, toUnit, change, effectiveDate, kept), item: item);
                moved++;
            }
        }, cancellationToken);
        return moved;
    }
}
