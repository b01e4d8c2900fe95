using Microsoft.EntityFrameworkCore;

namespace Workflow.Server.Authentication;

/// <summary>The SQLite flavour of the accounts database; its migrations are in Authentication/Migrations/Sqlite.</summary>
public sealed class SqliteServerIdentityDbContext(DbContextOptions<SqliteServerIdentityDbContext> options) : ServerIdentityDbContext(options);
