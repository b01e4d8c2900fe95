using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class JoinConfiguration : IEntityTypeConfiguration<JoinRecord>
{
    public void Configure(EntityTypeBuilder<JoinRecord> b)
    {
        b.ToTable("joins");
        b.HasKey(j => j.Id);
        b.Property(j => j.ForkStepId).HasMaxLength(100).IsRequired();
        b.Property(j => j.JoinStepId).HasMaxLength(100).IsRequired();
        b.Property(j => j.Instance).HasMaxLength(64).IsRequired();
        b.Property(j => j.OuterForkPath).HasMaxLength(1000).IsRequired();
        b.Property(j => j.AskingUnitId).HasMaxLength(100);
        b.Property(j => j.OnDeadline).HasConversion<string>().HasMaxLength(32);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(j => j.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(j => new { j.DossierId, j.Instance }).IsUnique();
    }
}
