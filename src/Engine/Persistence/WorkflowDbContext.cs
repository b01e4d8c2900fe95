using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The engine's database. Each provider has a subclass only so that its migrations live
/// apart (SQLite, PostgreSQL, SQL Server); the model is the same for all.
/// </summary>
public abstract class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DossierRecord> Dossiers => Set<DossierRecord>();

    public DbSet<WorkItemRecord> WorkItems => Set<WorkItemRecord>();

    public DbSet<JoinRecord> Joins => Set<JoinRecord>();

    public DbSet<DossierLinkRecord> DossierLinks => Set<DossierLinkRecord>();

    public DbSet<JournalEntryRecord> Journal => Set<JournalEntryRecord>();

    public DbSet<JournalCheckpointRecord> JournalCheckpoints => Set<JournalCheckpointRecord>();

    public DbSet<JournalCheckpointHeadRecord> JournalCheckpointHeads => Set<JournalCheckpointHeadRecord>();

    public DbSet<TimerRecord> Timers => Set<TimerRecord>();

    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();

    public DbSet<DeadlineEventRecord> DeadlineEvents => Set<DeadlineEventRecord>();

    public DbSet<DossierCodeCounterRecord> DossierCodeCounters => Set<DossierCodeCounterRecord>();

    public DbSet<OfficerRecord> Officers => Set<OfficerRecord>();

    public DbSet<MembershipRecord> Memberships => Set<MembershipRecord>();

    public DbSet<PublishedVersionRow> PublishedVersions => Set<PublishedVersionRow>();

    public DbSet<IssuedDocumentRecord> IssuedDocuments => Set<IssuedDocumentRecord>();

    public DbSet<ElectronicResultRecord> ElectronicResults => Set<ElectronicResultRecord>();

    public DbSet<DigitisedComponentRecord> DigitisedComponents => Set<DigitisedComponentRecord>();

    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    public DbSet<RatingRecord> Ratings => Set<RatingRecord>();

    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();

    public DbSet<UploadRecord> Uploads => Set<UploadRecord>();

    public DbSet<MigrationRunRecord> MigrationRuns => Set<MigrationRunRecord>();

    public DbSet<MigrationRunDossierRecord> MigrationRunDossiers => Set<MigrationRunDossierRecord>();

    public DbSet<OrganisationDocumentRecord> OrganisationDocuments => Set<OrganisationDocumentRecord>();

    public DbSet<OrganisationChangeRecord> OrganisationChanges => Set<OrganisationChangeRecord>();

    public DbSet<AccountImportRecord> AccountImports => Set<AccountImportRecord>();

    public DbSet<SigningAuthorisationRecord> SigningAuthorisations => Set<SigningAuthorisationRecord>();

    public DbSet<InboxDelegationRecord> InboxDelegations => Set<InboxDelegationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly, t => t.Namespace == typeof(Configuration.DossierConfiguration).Namespace);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored as UTC and read back as UTC, on every provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<decimal?>().HavePrecision(18, 4);
    }
}
