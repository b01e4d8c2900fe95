using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Selects the dossier row and locks it until the command commits, so commands on one dossier
/// run one after the other and the second sees what the first did ("already completed by X").
/// SQLite has no row lock: a command there reads before it takes the writer lane
/// (<see cref="Persistence.ReadFirstCommandWrite"/>), and the dossier's version token refuses its save
/// if another command saved the dossier in between; the command is then run again on the winner's state.
/// The queries are composable, so the session can read what it needs beside the row in the same statement.
/// </summary>
internal static class DossierRowLock
{
    public static IQueryable<DossierRecord> ForUpdate(WorkflowDbContext db, Guid dossierId) => db switch
    {
        PostgresWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE \"Id\" = {dossierId} FOR UPDATE"),
        SqlServerWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WITH (UPDLOCK, ROWLOCK) WHERE Id = {dossierId}"),
        _ => db.Dossiers.Where(d => d.Id == dossierId),
    };

    /// <summary>The same for the dossier a work item belongs to, found and locked in one statement.</summary>
    public static IQueryable<DossierRecord> ForUpdateByWorkItem(WorkflowDbContext db, Guid workItemId) => db switch
    {
        PostgresWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE \"Id\" = (SELECT \"DossierId\" FROM work_items WHERE \"Id\" = {workItemId}) FOR UPDATE"),
        SqlServerWorkflowDbContext => db.Dossiers.FromSql($"SELECT * FROM dossiers WITH (UPDLOCK, ROWLOCK) WHERE Id = (SELECT DossierId FROM work_items WHERE Id = {workItemId})"),
        // A scalar subquery, so SQLite looks the dossier up by its key (a correlated EXISTS would scan every dossier).
        _ => db.Dossiers.Where(d => d.Id == db.WorkItems.Where(w => w.Id == workItemId).Select(w => w.DossierId).FirstOrDefault()),
    };
}
