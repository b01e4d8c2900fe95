using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class UploadConfiguration : IEntityTypeConfiguration<UploadRecord>
{
    public void Configure(EntityTypeBuilder<UploadRecord> b)
    {
        b.ToTable("uploads");
        b.HasKey(u => u.Id);
        b.Property(u => u.Sha256).HasMaxLength(80).IsRequired();
        b.Property(u => u.FileName).HasMaxLength(255).IsRequired();
        b.Property(u => u.ContentType).HasMaxLength(100).IsRequired();
        b.Property(u => u.DocumentId).HasMaxLength(100);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(u => u.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.DossierId);
        b.HasIndex(u => u.Sha256);
    }
}
