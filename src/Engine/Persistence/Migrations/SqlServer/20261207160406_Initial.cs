using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_code_counters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Day = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    LastValue = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_code_counters", x => new { x.AgencyCode, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProcedureId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ProcedureVersion = table.Column<int>(type: "int", nullable: false),
                    ProcedureName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReceivingUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ApplicantName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApplicantSearchName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TrackingSecretHash = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    DataJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DocumentsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Sets = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AppointmentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Rescheduled = table.Column<bool>(type: "bit", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishPunctuality = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Result = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PostalWaybillIn = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ResultDelivery = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PostalWaybillOut = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PostalHandedOverAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResumeStepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ProcedureId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SubmitterName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SubmitterEmail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SubmitterPhone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    TrackingSecretHash = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    AssignedUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AnsweredById = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AnsweredByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Punctuality = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Published = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "journal_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpToEntryId = table.Column<long>(type: "bigint", nullable: false),
                    HeadCount = table.Column<int>(type: "int", nullable: false),
                    PreviousHash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Command = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ActorUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ActorRole = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FromStatus = table.Column<int>(type: "int", nullable: true),
                    ToStatus = table.Column<int>(type: "int", nullable: false),
                    FromState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ToState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    HandoffFromUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    HandoffToUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    HandoffPunctuality = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DetailJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Topic = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecipientKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecipientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "published_versions",
                columns: table => new
                {
                    ProcedureId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_versions", x => new { x.ProcedureId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "deadline_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Cutoff = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Convention = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UnitId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    NewDue = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadline_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deadline_events_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "issued_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SetId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TemplateHash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    MediaType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Signature = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    SignerThumbprint = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issued_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_issued_documents_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "joins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ForkStepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    JoinStepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Instance = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OuterForkPath = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Branches = table.Column<int>(type: "int", nullable: false),
                    Required = table.Column<int>(type: "int", nullable: false),
                    Arrived = table.Column<int>(type: "int", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AskingItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AskingUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DeadlineAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OnDeadline = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DeadlinePassedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_joins_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FeeId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ratings_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JoinId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FiredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LockedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_timers_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_uploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_uploads_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StepName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Phase = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    UnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Role = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AssigneeId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AssigneeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedById = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CompletedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OutcomeId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AttachmentsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Punctuality = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ForkPath = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    PreviousItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FromUnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    WaitFor = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    WaitClock = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    NextStepId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AnsweredLateAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_items_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journal_checkpoint_heads",
                columns: table => new
                {
                    CheckpointId = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal_checkpoint_heads", x => new { x.CheckpointId, x.DossierId });
                    table.ForeignKey(
                        name: "FK_journal_checkpoint_heads_journal_checkpoints_CheckpointId",
                        column: x => x.CheckpointId,
                        principalTable: "journal_checkpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfficerId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_memberships_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deadline_events_DossierId_WorkItemId_Sequence",
                table: "deadline_events",
                columns: new[] { "DossierId", "WorkItemId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ApplicantIdNumber",
                table: "dossiers",
                column: "ApplicantIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ApplicantPhone",
                table: "dossiers",
                column: "ApplicantPhone");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ApplicantSearchName",
                table: "dossiers",
                column: "ApplicantSearchName");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Code",
                table: "dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_FinishedAt",
                table: "dossiers",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_PostalHandedOverAt",
                table: "dossiers",
                column: "PostalHandedOverAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ProcedureId_SubmittedAt",
                table: "dossiers",
                columns: new[] { "ProcedureId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReceivingUnitId_SubmittedAt",
                table: "dossiers",
                columns: new[] { "ReceivingUnitId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReturnedAt",
                table: "dossiers",
                column: "ReturnedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_StatusCode_DueAt",
                table: "dossiers",
                columns: new[] { "StatusCode", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_SubmittedAt",
                table: "dossiers",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_feedback_AssignedUnitId_Status_DueAt",
                table: "feedback",
                columns: new[] { "AssignedUnitId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_Code",
                table: "feedback",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_Published_AnsweredAt",
                table: "feedback",
                columns: new[] { "Published", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_issued_documents_DossierId_IssuedAt",
                table: "issued_documents",
                columns: new[] { "DossierId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_joins_DossierId_Instance",
                table: "joins",
                columns: new[] { "DossierId", "Instance" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_checkpoint_heads_DossierId",
                table: "journal_checkpoint_heads",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_At",
                table: "journal_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_Command_At",
                table: "journal_entries",
                columns: new[] { "Command", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_completions",
                table: "journal_entries",
                columns: new[] { "At", "WorkItemId" },
                filter: "\"Command\" IN ('complete', 'return-by-post')");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_DossierId_Sequence",
                table: "journal_entries",
                columns: new[] { "DossierId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_HandoffFromUnitId_At",
                table: "journal_entries",
                columns: new[] { "HandoffFromUnitId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_handoffs",
                table: "journal_entries",
                columns: new[] { "At", "HandoffFromUnitId", "HandoffPunctuality" },
                filter: "\"Command\" = 'handoff'");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_HandoffToUnitId_At",
                table: "journal_entries",
                columns: new[] { "HandoffToUnitId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_OfficerId",
                table: "memberships",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_UnitId_Role",
                table: "memberships",
                columns: new[] { "UnitId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_officers_UserName",
                table: "officers",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DossierId",
                table: "outbox_messages",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_NextAttemptAt",
                table: "outbox_messages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_ConfirmedAt",
                table: "payments",
                column: "ConfirmedAt");

            migrationBuilder.CreateIndex(
                name: "IX_payments_DossierId",
                table: "payments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_Method_Reference",
                table: "payments",
                columns: new[] { "Method", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_ratings_DossierId",
                table: "ratings",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ratings_RatedAt",
                table: "ratings",
                column: "RatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_timers_DossierId_Status",
                table: "timers",
                columns: new[] { "DossierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_timers_Status_DueAt",
                table: "timers",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_uploads_DossierId",
                table: "uploads",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_uploads_Sha256",
                table: "uploads",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_AssigneeId_Status",
                table: "work_items",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_CompletedAt_Kind_UnitId_Punctuality_Id",
                table: "work_items",
                columns: new[] { "CompletedAt", "Kind", "UnitId", "Punctuality", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_DossierId_Status",
                table: "work_items",
                columns: new[] { "DossierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_UnitId_Role_Status",
                table: "work_items",
                columns: new[] { "UnitId", "Role", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_UnitId_Status_DueAt",
                table: "work_items",
                columns: new[] { "UnitId", "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deadline_events");

            migrationBuilder.DropTable(
                name: "dossier_code_counters");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "issued_documents");

            migrationBuilder.DropTable(
                name: "joins");

            migrationBuilder.DropTable(
                name: "journal_checkpoint_heads");

            migrationBuilder.DropTable(
                name: "journal_entries");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "published_versions");

            migrationBuilder.DropTable(
                name: "ratings");

            migrationBuilder.DropTable(
                name: "timers");

            migrationBuilder.DropTable(
                name: "uploads");

            migrationBuilder.DropTable(
                name: "work_items");

            migrationBuilder.DropTable(
                name: "journal_checkpoints");

            migrationBuilder.DropTable(
                name: "officers");

            migrationBuilder.DropTable(
                name: "dossiers");
        }
    }
}
