using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounterRecord>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounterRecord> b)
    {
        b.ToTable("dossier_code_counters");
        b.HasKey(c => new { c.AgencyCode, c.Day });
        b.Property(c => c.AgencyCode).HasMaxLength(64);
        b.Property(c => c.Day).HasMaxLength(10);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
