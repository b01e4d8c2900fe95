using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class MembershipConfiguration : IEntityTypeConfiguration<MembershipRecord>
{
    public void Configure(EntityTypeBuilder<MembershipRecord> b)
    {
        b.ToTable("memberships");
        b.HasKey(m => m.Id);
        b.Property(m => m.OfficerId).HasMaxLength(100).IsRequired();
        b.Property(m => m.UnitId).HasMaxLength(100).IsRequired();
        b.Property(m => m.Role).HasMaxLength(100).IsRequired();
        b.HasOne<OfficerRecord>().WithMany().HasForeignKey(m => m.OfficerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.UnitId, m.Role });
        b.HasIndex(m => m.OfficerId);
    }
}
