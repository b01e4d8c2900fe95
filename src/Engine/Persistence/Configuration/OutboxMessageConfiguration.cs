using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Topic).HasMaxLength(64).IsRequired();
        b.Property(m => m.RecipientKind).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.RecipientId).HasMaxLength(100);
        b.Property(m => m.Email).HasMaxLength(200);
        b.Property(m => m.Phone).HasMaxLength(32);
        b.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        b.Property(m => m.Body).IsRequired();
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.DossierId);
    }
}
