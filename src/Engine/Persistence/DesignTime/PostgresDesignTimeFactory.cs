using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Engine.Persistence.DesignTime;

/// <summary>Builds the PostgreSQL model for <c>dotnet ef migrations add ... --context PostgresWorkflowDbContext</c>; no server needed.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=localhost;Database=workflow").Options);
}
