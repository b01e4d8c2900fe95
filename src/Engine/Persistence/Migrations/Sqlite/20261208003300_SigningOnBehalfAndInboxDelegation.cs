using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SigningOnBehalfAndInboxDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SigningAuthorisationId",
                table: "electronic_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inbox_delegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DelegatorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DelegatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DelegateId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DelegateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_delegations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signing_authorisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrincipalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrincipalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrincipalTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_authorisations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_delegations_DelegateId_LastDay",
                table: "inbox_delegations",
                columns: new[] { "DelegateId", "LastDay" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_delegations_DelegatorId_UnitId",
                table: "inbox_delegations",
                columns: new[] { "DelegatorId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_signing_authorisations_SignerId_UnitId",
                table: "signing_authorisations",
                columns: new[] { "SignerId", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_delegations");

            migrationBuilder.DropTable(
                name: "signing_authorisations");

            migrationBuilder.DropColumn(
                name: "SigningAuthorisationId",
                table: "electronic_results");
        }
    }
}
