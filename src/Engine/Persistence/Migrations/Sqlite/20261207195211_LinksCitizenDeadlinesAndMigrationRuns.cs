using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinksCitizenDeadlinesAndMigrationRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CitizenDueAt",
                table: "work_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnExpiry",
                table: "work_items",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dossier_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentDossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildDossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WaitItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Await = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChildEndState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_links_dossiers_ChildDossierId",
                        column: x => x.ChildDossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dossier_links_dossiers_ParentDossierId",
                        column: x => x.ParentDossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "migration_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Mapping = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreparedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreparedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "migration_run_dossiers",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FromVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivingUnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_migration_run_dossiers", x => new { x.RunId, x.DossierId });
                    table.ForeignKey(
                        name: "FK_migration_run_dossiers_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_migration_run_dossiers_migration_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "migration_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_links_ChildDossierId",
                table: "dossier_links",
                column: "ChildDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_links_ParentDossierId",
                table: "dossier_links",
                column: "ParentDossierId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_run_dossiers_DossierId",
                table: "migration_run_dossiers",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_migration_run_dossiers_RunId_Outcome",
                table: "migration_run_dossiers",
                columns: new[] { "RunId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_migration_runs_ProcedureId_PreparedAt",
                table: "migration_runs",
                columns: new[] { "ProcedureId", "PreparedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_links");

            migrationBuilder.DropTable(
                name: "migration_run_dossiers");

            migrationBuilder.DropTable(
                name: "migration_runs");

            migrationBuilder.DropColumn(
                name: "CitizenDueAt",
                table: "work_items");

            migrationBuilder.DropColumn(
                name: "OnExpiry",
                table: "work_items");
        }
    }
}
