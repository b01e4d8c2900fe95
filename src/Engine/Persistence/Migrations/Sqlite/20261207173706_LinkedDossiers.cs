using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkedDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_dossier_links_ChildDossierId",
                table: "dossier_links",
                column: "ChildDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_links_ParentDossierId",
                table: "dossier_links",
                column: "ParentDossierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_links");
        }
    }
}
