using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Engine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierSearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Searching part of a code or name with LIKE '%…%' reads every dossier; an FTS5 table with
            // the trigram tokenizer answers the same substring from an index. It holds no copy of the
            // text (external content: dossiers, same rowid) and triggers keep it in step inside the
            // transaction of whatever writes the row. Should the file ever be VACUUMed (which may
            // renumber rowids), INSERT INTO dossier_search(dossier_search) VALUES ('rebuild') re-indexes it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE dossier_search USING fts5(Code, ApplicantSearchName, content='dossiers', content_rowid='rowid', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER dossier_search_after_insert AFTER INSERT ON dossiers BEGIN
                    INSERT INTO dossier_search(rowid, Code, ApplicantSearchName) VALUES (new.rowid, new.Code, new.ApplicantSearchName);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER dossier_search_after_update AFTER UPDATE OF Code, ApplicantSearchName ON dossiers BEGIN
                    INSERT INTO dossier_search(dossier_search, rowid, Code, ApplicantSearchName) VALUES ('delete', old.rowid, old.Code, old.ApplicantSearchName);
                    INSERT INTO dossier_search(rowid, Code, ApplicantSearchName) VALUES (new.rowid, new.Code, new.ApplicantSearchName);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER dossier_search_after_delete AFTER DELETE ON dossiers BEGIN
                    INSERT INTO dossier_search(dossier_search, rowid, Code, ApplicantSearchName) VALUES ('delete', old.rowid, old.Code, old.ApplicantSearchName);
                END;
                """);
            // The dossiers received before this migration.
            migrationBuilder.Sql("INSERT INTO dossier_search(dossier_search) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER dossier_search_after_delete;");
            migrationBuilder.Sql("DROP TRIGGER dossier_search_after_update;");
            migrationBuilder.Sql("DROP TRIGGER dossier_search_after_insert;");
            migrationBuilder.Sql("DROP TABLE dossier_search;");
        }
    }
}
