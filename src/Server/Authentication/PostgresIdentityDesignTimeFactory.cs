using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Server.Authentication;

/// <summary>Builds the PostgreSQL accounts model for <c>dotnet ef migrations add</c>; no server needed.</summary>
public sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresServerIdentityDbContext>
{
    public PostgresServerIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresServerIdentityDbContext>()
            .UseNpgsql("Host=localhost;Database=workflow", o => o.MigrationsHistoryTable(ServerIdentityDbContext.MigrationsHistoryTable))
            .Options);
}
