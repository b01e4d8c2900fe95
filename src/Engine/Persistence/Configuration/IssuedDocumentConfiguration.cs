using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocumentRecord>
{
    public void Configure(EntityTypeBuilder<IssuedDocumentRecord> b)
    {
        b.ToTable("issued_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Purpose).HasMaxLength(64).IsRequired();
        b.Property(d => d.SetId).HasMaxLength(64).IsRequired();
        b.Property(d => d.Title).HasMaxLength(500).IsRequired();
        b.Property(d => d.TemplateHash).HasMaxLength(80).IsRequired();
        b.Property(d => d.ContentHash).HasMaxLength(80).IsRequired();
        b.Property(d => d.MediaType).HasMaxLength(100).IsRequired();
        b.Property(d => d.Content).IsRequired();
        b.Property(d => d.SignerThumbprint).HasMaxLength(128);
        b.Property(d => d.IssuedBy).HasMaxLength(200).IsRequired();
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(d => d.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.DossierId, d.IssuedAt });
    }
}
