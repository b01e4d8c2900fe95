using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflow.Engine.Persistence;

namespace Workflow.Engine.Tests.Persistence;

/// <summary>
/// Each provider's migrations describe exactly the current model, and produce their script.
/// SQL Server cannot run here, so this is how its migrations are checked.
/// </summary>
public class MigrationModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migrations_match_the_model(DatabaseProvider provider)
    {
        using var db = new WorkflowDbContextFactory(DatabaseOptions.ForScripting(provider)).Create();
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run scripts/add-migration.sh <Name>.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_SQL_Server_script_is_idempotent_and_uses_its_own_types()
    {
        using var db = new WorkflowDbContextFactory(DatabaseOptions.ForScripting(DatabaseProvider.SqlServer)).Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"));
        Assert.Contains("CREATE TABLE [dossiers]", script);
        Assert.Contains("[Id] uniqueidentifier NOT NULL", script);
        Assert.Contains("[SubmittedAt] datetime2 NOT NULL", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_dossiers_Code]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_journal_entries_DossierId_Sequence]", script);
    }

    [Fact]
    public void The_PostgreSQL_script_is_idempotent()
    {
        using var db = new WorkflowDbContextFactory(DatabaseOptions.ForScripting(DatabaseProvider.Postgres)).Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE dossiers", script);
        Assert.Contains("timestamp with time zone", script);
        Assert.Contains("IF NOT EXISTS(SELECT 1 FROM \"__EFMigrationsHistory\"", script.ReplaceLineEndings("\n"));
    }
}
