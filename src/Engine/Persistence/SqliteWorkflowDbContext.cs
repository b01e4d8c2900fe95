using Microsoft.EntityFrameworkCore;

namespace Workflow.Engine.Persistence;

/// <summary>The SQLite flavour of the database; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options);
