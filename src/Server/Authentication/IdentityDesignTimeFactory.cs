using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Server.Authentication;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteServerIdentityDbContext</c> build the model without a running host.</summary>
public sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteServerIdentityDbContext>
{
    public SqliteServerIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteServerIdentityDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(ServerIdentityDbContext.MigrationsHistoryTable))
            .Options);
}
