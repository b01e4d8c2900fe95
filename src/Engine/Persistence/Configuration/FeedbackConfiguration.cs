using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<FeedbackRecord>
{
    public void Configure(EntityTypeBuilder<FeedbackRecord> b)
    {
        b.ToTable("feedback");
        b.HasKey(f => f.Id);
        b.Property(f => f.Code).HasMaxLength(32).IsRequired();
        b.HasIndex(f => f.Code).IsUnique();
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.ProcedureId).HasMaxLength(100);
        b.Property(f => f.Subject).HasMaxLength(500).IsRequired();
        b.Property(f => f.Content).HasMaxLength(8000).IsRequired();
        b.Property(f => f.SubmitterName).HasMaxLength(200).IsRequired();
        b.Property(f => f.SubmitterEmail).HasMaxLength(200);
        b.Property(f => f.SubmitterPhone).HasMaxLength(32);
        b.Property(f => f.TrackingSecretHash).HasMaxLength(128);
        b.Property(f => f.AssignedUnitId).HasMaxLength(100);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Answer).HasMaxLength(8000);
        b.Property(f => f.AnsweredById).HasMaxLength(100);
        b.Property(f => f.AnsweredByName).HasMaxLength(200);
        b.Property(f => f.Punctuality).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.AssignedUnitId, f.Status, f.DueAt });
        b.HasIndex(f => new { f.Published, f.AnsweredAt });
    }
}
