using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConsultationDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredLateAt",
                table: "work_items",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "JoinId",
                table: "timers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AskingItemId",
                table: "joins",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AskingUnitId",
                table: "joins",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineAt",
                table: "joins",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlinePassedAt",
                table: "joins",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnDeadline",
                table: "joins",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnsweredLateAt",
                table: "work_items");

            migrationBuilder.DropColumn(
                name: "JoinId",
                table: "timers");

            migrationBuilder.DropColumn(
                name: "AskingItemId",
                table: "joins");

            migrationBuilder.DropColumn(
                name: "AskingUnitId",
                table: "joins");

            migrationBuilder.DropColumn(
                name: "DeadlineAt",
                table: "joins");

            migrationBuilder.DropColumn(
                name: "DeadlinePassedAt",
                table: "joins");

            migrationBuilder.DropColumn(
                name: "OnDeadline",
                table: "joins");
        }
    }
}
