using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class DeadlineEventConfiguration : IEntityTypeConfiguration<DeadlineEventRecord>
{
    public void Configure(EntityTypeBuilder<DeadlineEventRecord> b)
    {
        b.ToTable("deadline_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasMaxLength(32).IsRequired();
        b.Property(e => e.Unit).HasMaxLength(32);
        b.Property(e => e.Cutoff).HasMaxLength(5);
        b.Property(e => e.Reason).HasMaxLength(2000);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.DossierId, e.WorkItemId, e.Sequence });
    }
}
