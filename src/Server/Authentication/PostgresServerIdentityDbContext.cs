using Microsoft.EntityFrameworkCore;

namespace Workflow.Server.Authentication;

/// <summary>The accounts database on PostgreSQL; its migrations are in Authentication/Migrations/Postgres.</summary>
public sealed class PostgresServerIdentityDbContext(DbContextOptions<PostgresServerIdentityDbContext> options) : ServerIdentityDbContext(options);
