using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> b)
    {
        b.ToTable("journal_entries");
        b.HasKey(j => j.Id);
        b.Property(j => j.Command).HasMaxLength(64).IsRequired();
        b.Property(j => j.ActorId).HasMaxLength(100);
        b.Property(j => j.ActorName).HasMaxLength(200);
        b.Property(j => j.ActorUnitId).HasMaxLength(100);
        b.Property(j => j.ActorRole).HasMaxLength(100);
        b.Property(j => j.FromState).HasMaxLength(32);
        b.Property(j => j.ToState).HasMaxLength(32).IsRequired();
        b.Property(j => j.StepId).HasMaxLength(100);
        b.Property(j => j.HandoffFromUnitId).HasMaxLength(100);
        b.Property(j => j.HandoffToUnitId).HasMaxLength(100);
        b.Property(j => j.HandoffPunctuality).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.Reason).HasMaxLength(4000);
        b.Property(j => j.PreviousHash).HasMaxLength(80).IsRequired();
        b.Property(j => j.Hash).HasMaxLength(80).IsRequired();
        // No foreign key to the dossier: an auditor must be able to see that a dossier row was deleted.
        b.HasIndex(j => new { j.DossierId, j.Sequence }).IsUnique();
        b.HasIndex(j => new { j.HandoffFromUnitId, j.At });
        b.HasIndex(j => new { j.HandoffToUnitId, j.At });
        b.HasIndex(j => j.At);
        b.HasIndex(j => new { j.Command, j.At });
        // The report's two largest journal reads, a month of handoffs and of completed steps, are
        // answered from these small partial indexes alone instead of from the wide journal rows.
        b.HasIndex(j => new { j.At, j.HandoffFromUnitId, j.HandoffPunctuality }, "IX_journal_entries_handoffs")
            .HasFilter($"\"Command\" = '{JournalKinds.Handoff}'");
        b.HasIndex(j => new { j.At, j.WorkItemId }, "IX_journal_entries_completions")
            .HasFilter($"\"Command\" IN ('{JournalKinds.Complete}', '{JournalKinds.ReturnByPost}')");
    }
}
