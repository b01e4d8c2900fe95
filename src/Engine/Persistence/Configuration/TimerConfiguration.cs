using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> b)
    {
        b.ToTable("timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.LockedBy).HasMaxLength(100);
        b.Property(t => t.LastError).HasMaxLength(2000);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.Status, t.DueAt });
        b.HasIndex(t => new { t.DossierId, t.Status });
    }
}
