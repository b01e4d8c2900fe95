using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class AccountImportConfiguration : IEntityTypeConfiguration<AccountImportRecord>
{
    public void Configure(EntityTypeBuilder<AccountImportRecord> b)
    {
        b.ToTable("account_imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.ById).HasMaxLength(100).IsRequired();
        b.Property(i => i.ByName).HasMaxLength(200).IsRequired();
        b.Property(i => i.FileName).HasMaxLength(260).IsRequired();
        // The administration page lists the newest first.
        b.HasIndex(i => i.At);
    }
}
