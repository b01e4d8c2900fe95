using Microsoft.EntityFrameworkCore;

namespace Workflow.Server.Authentication;

/// <summary>The accounts database on SQL Server; its migrations are in Authentication/Migrations/SqlServer.</summary>
public sealed class SqlServerServerIdentityDbContext(DbContextOptions<SqlServerServerIdentityDbContext> options) : ServerIdentityDbContext(options);
