using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class JournalCheckpointHeadConfiguration : IEntityTypeConfiguration<JournalCheckpointHeadRecord>
{
    public void Configure(EntityTypeBuilder<JournalCheckpointHeadRecord> b)
    {
        b.ToTable("journal_checkpoint_heads");
        b.HasKey(h => new { h.CheckpointId, h.DossierId });
        b.Property(h => h.Hash).HasMaxLength(80).IsRequired();
        b.HasOne<JournalCheckpointRecord>().WithMany().HasForeignKey(h => h.CheckpointId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(h => h.DossierId);
    }
}
