using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class InboxDelegationConfiguration : IEntityTypeConfiguration<InboxDelegationRecord>
{
    public void Configure(EntityTypeBuilder<InboxDelegationRecord> b)
    {
        b.ToTable("inbox_delegations");
        b.HasKey(d => d.Id);
        b.Property(d => d.UnitId).HasMaxLength(100).IsRequired();
        b.Property(d => d.DelegatorId).HasMaxLength(100).IsRequired();
        b.Property(d => d.DelegatorName).HasMaxLength(200).IsRequired();
        b.Property(d => d.DelegateId).HasMaxLength(100).IsRequired();
        b.Property(d => d.DelegateName).HasMaxLength(200).IsRequired();
        b.Property(d => d.CreatedById).HasMaxLength(100).IsRequired();
        b.Property(d => d.CreatedByName).HasMaxLength(200).IsRequired();
        b.Property(d => d.RevokedByName).HasMaxLength(200);
        b.HasIndex(d => new { d.DelegateId, d.LastDay });
        b.HasIndex(d => new { d.DelegatorId, d.UnitId });
    }
}
