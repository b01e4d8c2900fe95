using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class OrganisationDocumentConfiguration : IEntityTypeConfiguration<OrganisationDocumentRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationDocumentRecord> b)
    {
        b.ToTable("organisation_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.Content).IsRequired();
        b.Property(d => d.UpdatedBy).HasMaxLength(100).IsRequired();
    }
}
