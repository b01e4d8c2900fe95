using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportingAndInboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_work_items_UnitId_Role_Status",
                table: "work_items",
                columns: new[] { "UnitId", "Role", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_ConfirmedAt",
                table: "payments",
                column: "ConfirmedAt");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_Command_At",
                table: "journal_entries",
                columns: new[] { "Command", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReturnedAt",
                table: "dossiers",
                column: "ReturnedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_items_UnitId_Role_Status",
                table: "work_items");

            migrationBuilder.DropIndex(
                name: "IX_payments_ConfirmedAt",
                table: "payments");

            migrationBuilder.DropIndex(
                name: "IX_journal_entries_Command_At",
                table: "journal_entries");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_ReturnedAt",
                table: "dossiers");
        }
    }
}
