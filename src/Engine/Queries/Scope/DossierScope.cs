using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Queries.Scope;

/// <summary>
/// Which dossiers an officer may read: those received by a unit they belong to today, and those
/// that have (or had) a task or wait at such a unit. Everything else stays hidden from them.
/// </summary>
public static class DossierScope
{
    public static async Task<bool> CanViewAsync(WorkflowDbContext db, OfficerMemberships memberships, Guid dossierId, CancellationToken cancellationToken)
    {
        var units = memberships.Units;
        if (units.Count == 0)
        {
            return false;
        }

        return await db.Dossiers.AsNoTracking().AnyAsync(d => d.Id == dossierId && units.Contains(d.ReceivingUnitId), cancellationToken)
               || await db.WorkItems.AsNoTracking().AnyAsync(w => w.DossierId == dossierId && w.UnitId != null && units.Contains(w.UnitId), cancellationToken);
    }

    /// <summary>
    /// Those of <paramref name="dossiers"/> in the same set, checked row by row ("received here OR EXISTS
    /// a work item here"): the better form when another condition with an index of its own (text
    /// search) already picked a few dossiers.
    /// </summary>
    public static IQueryable<Persistence.Entities.DossierRecord> VisibleRowByRow(IQueryable<Persistence.Entities.DossierRecord> dossiers, WorkflowDbContext db, OfficerMemberships memberships)
    {
        var units = memberships.Units;
        return dossiers.Where(d => units.Contains(d.ReceivingUnitId)
                                   || db.WorkItems.Any(w => w.DossierId == d.Id && w.UnitId != null && units.Contains(w.UnitId)));
    }

    /// <summary>The dossiers an officer may read, as a query to filter further.</summary>
    /// <remarks>
    /// Written as "the id is among the dossiers received by my units, or among those with a work item
    /// at my units" so each half is an index range (receiving unit; work item unit). The equivalent
    /// "received here OR EXISTS (a work item here)" made every database scan all dossiers and probe
    /// each one's work items: seconds on a province's million dossiers.
    /// </remarks>
    public static IQueryable<Persistence.Entities.DossierRecord> Visible(WorkflowDbContext db, OfficerMemberships memberships)
    {
        var units = memberships.Units;
        var ids = db.Dossiers.AsNoTracking().Where(d => units.Contains(d.ReceivingUnitId)).Select(d => d.Id)
            .Union(db.WorkItems.AsNoTracking().Where(w => w.UnitId != null && units.Contains(w.UnitId)).Select(w => w.DossierId));
        return db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id));
    }
}
