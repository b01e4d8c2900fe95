using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Server.Authentication;

namespace Workflow.Server.Hosting;

/// <summary>The accounts live in the same database as the engine, with the provider's own migrations.</summary>
public static class IdentityDatabase
{
    public static IServiceCollection AddIdentityDatabase(this IServiceCollection services)
    {
        services.AddScoped<ServerIdentityDbContext>(sp =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            var history = ServerIdentityDbContext.MigrationsHistoryTable;
            return database.Provider switch
            {
                DatabaseProvider.Postgres => new PostgresServerIdentityDbContext(new DbContextOptionsBuilder<PostgresServerIdentityDbContext>()
                    .UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable(history)).Options),
                DatabaseProvider.SqlServer => new SqlServerServerIdentityDbContext(new DbContextOptionsBuilder<SqlServerServerIdentityDbContext>()
                    .UseSqlServer(database.ConnectionString, o => o.MigrationsHistoryTable(history)).Options),
                _ => new SqliteServerIdentityDbContext(new DbContextOptionsBuilder<SqliteServerIdentityDbContext>()
                    .UseSqlite(database.ConnectionString, o => o.MigrationsHistoryTable(history))
                    .AddInterceptors(new SqlitePragmas()).Options),
            };
        });
        return services;
    }
}
