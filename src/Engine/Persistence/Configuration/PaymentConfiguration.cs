using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> b)
    {
        b.ToTable("payments");
        b.HasKey(p => p.Id);
        b.Property(p => p.FeeId).HasMaxLength(100);
        b.Property(p => p.Description).HasMaxLength(500).IsRequired();
        b.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Reference).HasMaxLength(100).IsRequired();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.ConfirmedBy).HasMaxLength(200);
        b.HasOne<DossierRecord>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.DossierId);
        b.HasIndex(p => p.ConfirmedAt);
        b.HasIndex(p => new { p.Method, p.Reference });
    }
}
