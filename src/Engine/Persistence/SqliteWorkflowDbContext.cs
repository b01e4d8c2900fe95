using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence;

/// <summary>The SQLite flavour of the database; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The monthly report's state counts read every dossier not finished before the month began
        // (for an old month nearly all since); through the FinishedAt index SQLite fetched each one's
        // row. This index holds every column that query reads, so it never visits the table
        // (a tenth of the CPU on a generated province). PostgreSQL reads those rows fast enough.
        modelBuilder.Entity<DossierRecord>().HasIndex(
            d => new { d.FinishedAt, d.AcceptedAt, d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel, d.State, d.FinishPunctuality, d.Rescheduled, d.DueAt },
            "IX_dossiers_report_states");
    }
}
