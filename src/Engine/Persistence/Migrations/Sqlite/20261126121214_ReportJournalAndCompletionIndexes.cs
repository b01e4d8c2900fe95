using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportJournalAndCompletionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_work_items_CompletedAt_Kind_UnitId_Punctuality_Id",
                table: "work_items",
                columns: new[] { "CompletedAt", "Kind", "UnitId", "Punctuality", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_completions",
                table: "journal_entries",
                columns: new[] { "At", "WorkItemId" },
                filter: "\"Command\" IN ('complete', 'return-by-post')");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_handoffs",
                table: "journal_entries",
                columns: new[] { "At", "HandoffFromUnitId", "HandoffPunctuality" },
                filter: "\"Command\" = 'handoff'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_items_CompletedAt_Kind_UnitId_Punctuality_Id",
                table: "work_items");

            migrationBuilder.DropIndex(
                name: "IX_journal_entries_completions",
                table: "journal_entries");

            migrationBuilder.DropIndex(
                name: "IX_journal_entries_handoffs",
                table: "journal_entries");
        }
    }
}
