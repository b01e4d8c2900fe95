using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence.Configuration;

public sealed class DossierConfiguration : IEntityTypeConfiguration<DossierRecord>
{
    public void Configure(EntityTypeBuilder<DossierRecord> b)
    {
        b.ToTable("dossiers");
        b.HasKey(d => d.Id);
        b.Property(d => d.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.ProcedureId).HasMaxLength(100).IsRequired();
        b.Property(d => d.ProcedureName).HasMaxLength(500).IsRequired();
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.ReceivingUnitId).HasMaxLength(100).IsRequired();
        b.Property(d => d.ApplicantName).HasMaxLength(200).IsRequired();
        b.Property(d => d.ApplicantSearchName).HasMaxLength(200).IsRequired();
        b.Property(d => d.ApplicantIdNumber).HasMaxLength(32);
        b.Property(d => d.ApplicantPhone).HasMaxLength(32);
        b.Property(d => d.ApplicantEmail).HasMaxLength(200);
        b.Property(d => d.ApplicantAddress).HasMaxLength(500);
        b.Property(d => d.TrackingSecretHash).HasMaxLength(128);
        b.Property(d => d.Note).HasMaxLength(2000);
        b.Property(d => d.FinishPunctuality).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.ResumeStepId).HasMaxLength(100);
        b.Property(d => d.PostalWaybillIn).HasMaxLength(64);
        b.Property(d => d.PostalWaybillOut).HasMaxLength(64);
        b.Property(d => d.ResultDelivery).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(d => d.PostalHandedOverAt);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.ReceivingUnitId, d.SubmittedAt });
        b.HasIndex(d => new { d.ProcedureId, d.SubmittedAt });
        b.HasIndex(d => new { d.StatusCode, d.DueAt });
        b.HasIndex(d => d.SubmittedAt);
        b.HasIndex(d => d.FinishedAt);
        b.HasIndex(d => d.ReturnedAt);
        b.HasIndex(d => d.ApplicantSearchName);
        b.HasIndex(d => d.ApplicantPhone);
        b.HasIndex(d => d.ApplicantIdNumber);
    }
}
