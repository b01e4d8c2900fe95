using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class ElectronicResultConfiguration : IEntityTypeConfiguration<ElectronicResultRecord>
{
    public void Configure(EntityTypeBuilder<ElectronicResultRecord> b)
    {
        b.ToTable("electronic_results");
        b.HasKey(r => r.Id);
        b.Property(r => r.ResultId).HasMaxLength(100).IsRequired();
        b.Property(r => r.Name).HasMaxLength(500).IsRequired();
        b.Property(r => r.HolderId).HasMaxLength(32);
        b.Property(r => r.HolderName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.FileName).HasMaxLength(260).IsRequired();
        b.Property(r => r.MediaType).HasMaxLength(100).IsRequired();
        b.Property(r => r.Content).IsRequired();
        b.Property(r => r.ContentHash).HasMaxLength(80).IsRequired();
        b.Property(r => r.UnitId).HasMaxLength(100).IsRequired();
        b.Property(r => r.IssuedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.SignerThumbprint).HasMaxLength(128);
        b.Property(r => r.SignedBy).HasMaxLength(200);
        b.Property(r => r.DeliveredBy).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.RevokedBy).HasMaxLength(200);
        b.Property(r => r.RevocationReason).HasMaxLength(2000);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.DossierId, r.IssuedAt });
        b.HasIndex(r => r.HolderId);
    }
}
