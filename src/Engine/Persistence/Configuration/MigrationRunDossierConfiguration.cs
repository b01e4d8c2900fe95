using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class MigrationRunDossierConfiguration : IEntityTypeConfiguration<MigrationRunDossierRecord>
{
    public void Configure(EntityTypeBuilder<MigrationRunDossierRecord> b)
    {
        b.ToTable("migration_run_dossiers");
        b.HasKey(r => new { r.RunId, r.DossierId });
        b.Property(r => r.Code).HasMaxLength(64).IsRequired();
        b.Property(r => r.ReceivingUnitId).HasMaxLength(100).IsRequired();
        b.Property(r => r.Steps).HasMaxLength(2000).IsRequired();
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Reason).HasMaxLength(4000);
        b.HasOne<MigrationRunRecord>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.RunId, r.Outcome });
    }
}
