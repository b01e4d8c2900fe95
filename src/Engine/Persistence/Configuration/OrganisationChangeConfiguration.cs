using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class OrganisationChangeConfiguration : IEntityTypeConfiguration<OrganisationChangeRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationChangeRecord> b)
    {
        b.ToTable("organisation_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.ById).HasMaxLength(100).IsRequired();
        b.Property(c => c.ByName).HasMaxLength(200).IsRequired();
        b.Property(c => c.SubjectId).HasMaxLength(100).IsRequired();
        b.Property(c => c.SuccessorId).HasMaxLength(100);
        b.Property(c => c.Summary).HasMaxLength(2000).IsRequired();
        b.Property(c => c.SummaryEn).HasMaxLength(2000).IsRequired();
        b.HasIndex(c => c.Version).IsUnique();
        b.HasIndex(c => new { c.SuccessionDoneAt, c.EffectiveDate });
    }
}
