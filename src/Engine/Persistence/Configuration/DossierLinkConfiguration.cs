using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class DossierLinkConfiguration : IEntityTypeConfiguration<DossierLinkRecord>
{
    public void Configure(EntityTypeBuilder<DossierLinkRecord> b)
    {
        b.ToTable("dossier_links");
        b.HasKey(l => l.Id);
        b.Property(l => l.StepId).HasMaxLength(100).IsRequired();
        b.Property(l => l.Await).HasConversion<string>().HasMaxLength(16);
        b.Property(l => l.ChildEndState).HasConversion<string>().HasMaxLength(32);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(l => l.ParentDossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(l => l.ChildDossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.ParentDossierId);
        // A dossier has at most one parent.
        b.HasIndex(l => l.ChildDossierId).IsUnique();
    }
}
