using Microsoft.EntityFrameworkCore;
using Workflow.Server.Authentication;

namespace Workflow.Server.Tests.Api;

/// <summary>Each provider's account migrations describe exactly the current model (SQL Server's are checked only this way).</summary>
public sealed class IdentityMigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_account_migrations_match_the_model(string provider)
    {
        using ServerIdentityDbContext db = provider switch
        {
            "Postgres" => new PostgresIdentityDesignTimeFactory().CreateDbContext([]),
            "SqlServer" => new SqlServerIdentityDesignTimeFactory().CreateDbContext([]),
            _ => new IdentityDesignTimeFactory().CreateDbContext([]),
        };

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} account migrations are behind the model: add one with dotnet ef migrations add <Name> --context {provider}ServerIdentityDbContext.");
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_SignInThrottle", StringComparison.Ordinal));
    }
}
