using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class MigrationRunConfiguration : IEntityTypeConfiguration<MigrationRunRecord>
{
    public void Configure(EntityTypeBuilder<MigrationRunRecord> b)
    {
        b.ToTable("migration_runs");
        b.HasKey(r => r.Id);
        b.Property(r => r.ProcedureId).HasMaxLength(100).IsRequired();
        b.Property(r => r.Mapping).IsRequired();
        b.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.PreparedBy).HasMaxLength(100).IsRequired();
        b.Property(r => r.PreparedByName).HasMaxLength(200).IsRequired();
        b.Property(r => r.StartedBy).HasMaxLength(100);
        b.Property(r => r.StartedByName).HasMaxLength(200);
        b.HasIndex(r => new { r.ProcedureId, r.PreparedAt });
    }
}
