using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Server.Authentication;

namespace Workflow.Server.Hosting;

/// <summary>The accounts live in the same database as the engine, with the provider's own migrations.</summary>
public static class IdentityDatabase
{
    public static IServiceCollection AddIdentityDatabase(this IServiceCollection services)
    {
        services.AddScoped(sp => Create(sp.GetRequiredService<DatabaseOptions>()));
        return services;
    }

    /// <summary>
    /// A context on the database's connection string, or on an open <paramref name="connection"/> (the engine's,
    /// when accounts are written in the same transaction as officers).
    /// </summary>
    public static ServerIdentityDbContext Create(DatabaseOptions database, DbConnection? connection = null)
    {
        var history = ServerIdentityDbContext.MigrationsHistoryTable;
        return database.Provider switch
        {
            DatabaseProvider.Postgres => new PostgresServerIdentityDbContext((connection is null
                ? new DbContextOptionsBuilder<PostgresServerIdentityDbContext>().UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable(history))
                : new DbContextOptionsBuilder<PostgresServerIdentityDbContext>().UseNpgsql(connection, o => o.MigrationsHistoryTable(history))).Options),
            DatabaseProvider.SqlServer => new SqlServerServerIdentityDbContext((connection is null
                ? new DbContextOptionsBuilder<SqlServerServerIdentityDbContext>().UseSqlServer(database.ConnectionString, o => o.MigrationsHistoryTable(history))
                : new DbContextOptionsBuilder<SqlServerServerIdentityDbContext>().UseSqlServer(connection, o => o.MigrationsHistoryTable(history))).Options),
            _ => new SqliteServerIdentityDbContext((connection is null
                ? new DbContextOptionsBuilder<SqliteServerIdentityDbContext>().UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable(history))
                : new DbContextOptionsBuilder<SqliteServerIdentityDbContext>().UseSqlite(connection, o => o.MigrationsHistoryTable(history)))
                .AddInterceptors(new SqlitePragmas()).Options),
        };
    }
}
