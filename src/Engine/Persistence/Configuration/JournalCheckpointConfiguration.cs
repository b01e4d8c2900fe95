using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class JournalCheckpointConfiguration : IEntityTypeConfiguration<JournalCheckpointRecord>
{
    public void Configure(EntityTypeBuilder<JournalCheckpointRecord> b)
    {
        b.ToTable("journal_checkpoints");
        b.HasKey(c => c.Id);
        b.Property(c => c.PreviousHash).HasMaxLength(80).IsRequired();
        b.Property(c => c.Hash).HasMaxLength(80).IsRequired();
    }
}
