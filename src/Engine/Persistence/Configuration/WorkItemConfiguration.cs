using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItemRecord>
{
    public void Configure(EntityTypeBuilder<WorkItemRecord> b)
    {
        b.ToTable("work_items");
        b.HasKey(w => w.Id);
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.StepId).HasMaxLength(100).IsRequired();
        b.Property(w => w.StepName).HasMaxLength(500).IsRequired();
        b.Property(w => w.Phase).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.UnitId).HasMaxLength(100);
        b.Property(w => w.Role).HasMaxLength(100);
        b.Property(w => w.AssigneeId).HasMaxLength(100);
        b.Property(w => w.AssigneeName).HasMaxLength(200);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.CompletedById).HasMaxLength(100);
        b.Property(w => w.CompletedByName).HasMaxLength(200);
        b.Property(w => w.OutcomeId).HasMaxLength(100);
        b.Property(w => w.Comment).HasMaxLength(4000);
        b.Property(w => w.Punctuality).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.ForkPath).HasMaxLength(1000).IsRequired();
        b.Property(w => w.FromUnitId).HasMaxLength(100);
        b.Property(w => w.WaitFor).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.WaitClock).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.NextStepId).HasMaxLength(100);
        b.Property(w => w.OnExpiry).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.CancelReason).HasMaxLength(1000);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(w => w.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(w => new { w.UnitId, w.Status, w.DueAt });
        b.HasIndex(w => new { w.UnitId, w.Role, w.Status });
        b.HasIndex(w => new { w.AssigneeId, w.Status });
        b.HasIndex(w => new { w.DossierId, w.Status });
        // The report reads a month's completed steps by completion time from this index alone
        // (every column it needs), not from the wide item rows.
        b.HasIndex(w => new { w.CompletedAt, w.Kind, w.UnitId, w.Punctuality, w.Id });
    }
}
