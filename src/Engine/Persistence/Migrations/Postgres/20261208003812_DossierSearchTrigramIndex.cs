using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierSearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to do here: PostgreSQL answers the same searches from the trigram GIN indexes on
            // dossiers.Code and ApplicantSearchName (pg_trgm) that Initial creates. SQLite's migration of
            // this name creates its FTS5 index.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
