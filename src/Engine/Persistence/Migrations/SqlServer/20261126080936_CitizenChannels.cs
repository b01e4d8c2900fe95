using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CitizenChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PostalHandedOverAt",
                table: "dossiers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalWaybillIn",
                table: "dossiers",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalWaybillOut",
                table: "dossiers",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultDelivery",
                table: "dossiers",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

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

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_PostalHandedOverAt",
                table: "dossiers",
                column: "PostalHandedOverAt");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "ratings");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_PostalHandedOverAt",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "PostalHandedOverAt",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "PostalWaybillIn",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "PostalWaybillOut",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ResultDelivery",
                table: "dossiers");
        }
    }
}
