using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigitisedComponents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digitised_components",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UploadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SignerThumbprint = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digitised_components", x => x.Id);
                    table.ForeignKey(
                        name: "FK_digitised_components_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_digitised_components_DossierId_DocumentId",
                table: "digitised_components",
                columns: new[] { "DossierId", "DocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_digitised_components_HolderId",
                table: "digitised_components",
                column: "HolderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digitised_components");
        }
    }
}
