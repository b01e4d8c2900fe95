using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class DigitisedComponentConfiguration : IEntityTypeConfiguration<DigitisedComponentRecord>
{
    public void Configure(EntityTypeBuilder<DigitisedComponentRecord> b)
    {
        b.ToTable("digitised_components");
        b.HasKey(c => c.Id);
        b.Property(c => c.DocumentId).HasMaxLength(100).IsRequired();
        b.Property(c => c.DocumentName).HasMaxLength(500).IsRequired();
        b.Property(c => c.HolderId).HasMaxLength(32);
        b.Property(c => c.HolderName).HasMaxLength(200).IsRequired();
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.FileName).HasMaxLength(260).IsRequired();
        b.Property(c => c.MediaType).HasMaxLength(100).IsRequired();
        b.Property(c => c.Content).IsRequired();
        b.Property(c => c.ContentHash).HasMaxLength(80).IsRequired();
        b.Property(c => c.UnitId).HasMaxLength(100).IsRequired();
        b.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.SignerThumbprint).HasMaxLength(128);
        b.Property(c => c.SignedBy).HasMaxLength(200);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.DossierId, c.DocumentId });
        b.HasIndex(c => c.HolderId);
    }
}
