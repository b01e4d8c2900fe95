using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Server.Authentication;

/// <summary>Builds the SQL Server accounts model for <c>dotnet ef migrations add</c>; no server needed.</summary>
public sealed class SqlServerIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerServerIdentityDbContext>
{
    public SqlServerServerIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerServerIdentityDbContext>()
            .UseSqlServer("Server=localhost;Database=workflow;TrustServerCertificate=true", o => o.MigrationsHistoryTable(ServerIdentityDbContext.MigrationsHistoryTable))
            .Options);
}
