using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class OfficerConfiguration : IEntityTypeConfiguration<OfficerRecord>
{
    public void Configure(EntityTypeBuilder<OfficerRecord> b)
    {
        b.ToTable("officers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(100);
        b.Property(o => o.UserName).HasMaxLength(100).IsRequired();
        b.HasIndex(o => o.UserName).IsUnique();
        b.Property(o => o.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(o => o.Email).HasMaxLength(200);
        b.Property(o => o.Phone).HasMaxLength(32);
    }
}
