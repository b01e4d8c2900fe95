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

    /// <summary>The dossiers an officer may read, as a query to filter further.</summary>
    public static IQueryable<Persistence.Entities.DossierRecord> Visible(WorkflowDbContext db, OfficerMemberships memberships)
    {
        var units = memberships.Units;
        return db.Dossiers.AsNoTracking().Where(d => units.Contains(d.ReceivingUnitId)
                                                     || db.WorkItems.Any(w => w.DossierId == d.Id && w.UnitId != null && units.Contains(w.UnitId)));
    }
}
