using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportStateCountsCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_dossiers_report_states",
                table: "dossiers",
                columns: new[] { "FinishedAt", "AcceptedAt", "ReceivingUnitId", "ProcedureId", "ProcedureVersion", "Channel", "State", "FinishPunctuality", "Rescheduled", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_report_states",
                table: "dossiers");
        }
    }
}
