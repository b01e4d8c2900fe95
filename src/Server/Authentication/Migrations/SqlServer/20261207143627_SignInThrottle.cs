using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Server.Authentication.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SignInThrottle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_server_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProtectedValue = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_server_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "identity_sign_in_failures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LastFailureAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_sign_in_failures_LastFailureAt",
                table: "identity_sign_in_failures",
                column: "LastFailureAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_server_secrets");

            migrationBuilder.DropTable(
                name: "identity_sign_in_failures");
        }
    }
}
