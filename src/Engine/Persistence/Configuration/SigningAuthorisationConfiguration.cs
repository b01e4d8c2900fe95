using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class SigningAuthorisationConfiguration : IEntityTypeConfiguration<SigningAuthorisationRecord>
{
    public void Configure(EntityTypeBuilder<SigningAuthorisationRecord> b)
    {
        b.ToTable("signing_authorisations");
        b.HasKey(a => a.Id);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.UnitId).HasMaxLength(100).IsRequired();
        b.Property(a => a.PrincipalId).HasMaxLength(100).IsRequired();
        b.Property(a => a.PrincipalName).HasMaxLength(200).IsRequired();
        b.Property(a => a.PrincipalTitle).HasMaxLength(200).IsRequired();
        b.Property(a => a.SignerId).HasMaxLength(100).IsRequired();
        b.Property(a => a.SignerName).HasMaxLength(200).IsRequired();
        b.Property(a => a.SignerTitle).HasMaxLength(200).IsRequired();
        b.Property(a => a.DocumentNumber).HasMaxLength(100);
        b.Property(a => a.CreatedById).HasMaxLength(100).IsRequired();
        b.Property(a => a.CreatedByName).HasMaxLength(200).IsRequired();
        b.Property(a => a.RevokedByName).HasMaxLength(200);
        b.HasIndex(a => new { a.SignerId, a.UnitId });
    }
}
