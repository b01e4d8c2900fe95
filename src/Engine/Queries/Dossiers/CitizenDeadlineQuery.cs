using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>The citizen's deadlines of the dossiers on a desk's list: for each that waits for the citizen with one, when it passes and what its passing does.</summary>
public sealed class CitizenDeadlineQuery(WorkflowDbContextFactory database)
{
    public async Task<IReadOnlyDictionary<Guid, (DateTimeOffset Due, CitizenDeadlineEffect? Effect)>> OfAsync(IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken = default)
    {
        if (dossierIds.Count == 0)
        {
            return new Dictionary<Guid, (DateTimeOffset, CitizenDeadlineEffect?)>();
        }

        await using var db = database.Create();
        var waits = await db.WorkItems.AsNoTracking()
            .Where(i => dossierIds.Contains(i.DossierId) && i.Kind == WorkItemKind.Wait && i.Status == WorkItemStatus.Open && i.CitizenDueAt != null)
            .Select(i => new { i.DossierId, i.CitizenDueAt, i.OnExpiry })
            .ToListAsync(cancellationToken);
        return waits.GroupBy(w => w.DossierId).ToDictionary(g => g.Key, g => (DossierDetailQuery.Local(g.Min(w => w.CitizenDueAt!.Value)), g.First().OnExpiry));
    }
}
