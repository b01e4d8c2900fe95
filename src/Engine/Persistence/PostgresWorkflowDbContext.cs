using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>The PostgreSQL flavour of the database; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options);
