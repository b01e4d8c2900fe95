using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Engine.Persistence.DesignTime;

/// <summary>Builds the SQL Server model for <c>dotnet ef migrations add ... --context SqlServerWorkflowDbContext</c>; no server needed.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWorkflowDbContext>
{
    public SqlServerWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWorkflowDbContext>().UseSqlServer("Server=localhost;Database=workflow;TrustServerCertificate=true").Options);
}
