using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>The SQL Server flavour of the database; its migrations are in Migrations/SqlServer.</summary>
public sealed class SqlServerWorkflowDbContext(DbContextOptions<SqlServerWorkflowDbContext> options) : WorkflowDbContext(options);
