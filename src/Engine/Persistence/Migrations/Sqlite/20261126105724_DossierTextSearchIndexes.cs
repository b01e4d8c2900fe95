using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Empty on purpose: PostgreSQL's migration of the same name adds trigram indexes for searching
    /// part of a code or name; this provider has no such index, so its searches still read every row.
    /// Kept so the three providers' migration histories stay alike.
    /// </summary>
    public partial class DossierTextSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
