using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class PublishedVersionConfiguration : IEntityTypeConfiguration<PublishedVersionRow>
{
    public void Configure(EntityTypeBuilder<PublishedVersionRow> b)
    {
        b.ToTable("published_versions");
        b.HasKey(p => new { p.ProcedureId, p.Version });
        b.Property(p => p.ProcedureId).HasMaxLength(100);
        b.Property(p => p.ContentHash).HasMaxLength(80).IsRequired();
        b.Property(p => p.Content).IsRequired();
        b.Property(p => p.PublishedBy).HasMaxLength(200).IsRequired();
    }
}
