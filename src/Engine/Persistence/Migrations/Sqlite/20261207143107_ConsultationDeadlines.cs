using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "JoinId",
                table: "timers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AskingItemId",
                table: "joins",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AskingUnitId",
                table: "joins",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineAt",
                table: "joins",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlinePassedAt",
                table: "joins",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnDeadline",
                table: "joins",
                type: "TEXT",
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
