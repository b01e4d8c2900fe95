using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence;

/// <summary>The PostgreSQL flavour of the database; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Searches match part of a code or of an applicant's name (LIKE '%…%'); a B-tree cannot serve
        // that, so without trigram indexes every search read all dossiers (~0.4 s on a million).
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<DossierRecord>().HasIndex(d => d.Code, "IX_dossiers_Code_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<DossierRecord>().HasIndex(d => d.ApplicantSearchName, "IX_dossiers_ApplicantSearchName_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
