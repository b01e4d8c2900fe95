using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class RatingConfiguration : IEntityTypeConfiguration<RatingRecord>
{
    public void Configure(EntityTypeBuilder<RatingRecord> b)
    {
        b.ToTable("ratings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Channel).HasMaxLength(16).IsRequired();
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.DossierId).IsUnique();
        b.HasIndex(r => r.RatedAt);
    }
}
