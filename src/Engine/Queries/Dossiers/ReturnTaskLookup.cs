using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>Finds the task the desk completes to return a dossier's result to the citizen.</summary>
public sealed class ReturnTaskLookup(WorkflowDbContextFactory database, WorkspaceAccessor workspace)
{
    public async Task<ReturnTask?> FindAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.ProcedureId, d.ProcedureVersion, d.Version }).SingleOrDefaultAsync(cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var task = await db.WorkItems.AsNoTracking()
            .Where(w => w.DossierId == dossierId && w.Status == WorkItemStatus.Open && w.Kind == WorkItemKind.Task && w.Phase == StepPhase.Return)
            .OrderBy(w => w.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var outcomes = workspace.Current.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion)?.Process.Find(task.StepId)?.Outcomes.Select(o => o.Id).ToList() ?? [];
        return new ReturnTask(task.Id, task.StepId, dossier.Version, outcomes);
    }
}
