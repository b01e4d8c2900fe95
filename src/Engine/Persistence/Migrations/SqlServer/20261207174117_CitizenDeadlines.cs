using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CitizenDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CitizenDueAt",
                table: "work_items",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnExpiry",
                table: "work_items",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CitizenDueAt",
                table: "work_items");

            migrationBuilder.DropColumn(
                name: "OnExpiry",
                table: "work_items");
        }
    }
}
