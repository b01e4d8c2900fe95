using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Loads the dossier row and locks it until the command commits, so commands on one dossier
/// run one after the other and the second sees what the first did ("already completed by X").
/// SQLite needs no row lock: its immediate transactions already admit one writer at a time.
/// The version token still guards against anything that slips past (a stale expected version).
/// </summary>
internal static class DossierRowLock
{
    public static Task<DossierRecord?> LoadForUpdateAsync(WorkflowDbContext db, Guid dossierId, CancellationToken cancellationToken) => db switch
    {
        PostgresWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE \"Id\" = {dossierId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken),
        SqlServerWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WITH (UPDLOCK, ROWLOCK) WHERE Id = {dossierId}").SingleOrDefaultAsync(cancellationToken),
        _ => db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken),
    };

    /// <summary>The same for the dossier a work item belongs to, found and locked in one statement.</summary>
    public static Task<DossierRecord?> LoadForUpdateByWorkItemAsync(WorkflowDbContext db, Guid workItemId, CancellationToken cancellationToken) => db switch
    {
        PostgresWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE \"Id\" = (SELECT \"DossierId\" FROM work_items WHERE \"Id\" = {workItemId}) FOR UPDATE").SingleOrDefaultAsync(cancellationToken),
        SqlServerWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WITH (UPDLOCK, ROWLOCK) WHERE Id = (SELECT DossierId FROM work_items WHERE Id = {workItemId})").SingleOrDefaultAsync(cancellationToken),
        // A scalar subquery, so SQLite looks the dossier up by its key (a correlated EXISTS would scan every dossier).
        _ => db.Dossiers.Where(d => d.Id == db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.DossierId).FirstOrDefault()).SingleOrDefaultAsync(cancellationToken),
    };
}
