using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Hosting;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Persistence;
using Workflow.Engine.Workspace;
using Workflow.Server.Authentication;
using Workflow.Server.Seeding;

namespace Workflow.Server.Hosting;

/// <summary>
/// What happens before the server listens: the database is created and migrated (engine and
/// accounts), <c>procedures/</c> is loaded with the database's published versions, newly published
/// versions are recorded, and the system roles, demo officers and demo history are seeded.
/// </summary>
public static class SystemStartup
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SystemStartup).FullName!);
        TrustedProxies.Report(services, logger);
        WorkflowDbContextFactory database;
        try
        {
            database = services.GetRequiredService<WorkflowDbContextFactory>();
        }
        catch (EngineConfigurationException ex)
        {
            throw new StartupException(ex.Message);
        }

        if (database.Options.Provider == DatabaseProvider.SqlServer)
        {
            // Said at every start: no SQL Server has ever run these migrations or this locking SQL.
            logger.LogWarning("SQL Server is not supported: the engine has never been tested against a real SQL Server. Use SQLite or PostgreSQL in production.");
        }

        logger.LogInformation("Migrating the database ({Database})", DatabaseSettings.Describe(database.Options));
        try
        {
            await database.MigrateAsync(cancellationToken);
        }
        catch (ForeignMigrationsException ex)
        {
            throw new StartupException(ex.Message);
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ServerIdentityDbContext>().Database.MigrateAsync(cancellationToken);

        var loader = services.GetRequiredService<WorkspaceLoader>();
        var workspace = await loader.LoadAsync(cancellationToken);
        await loader.RecordPublishedAsync(workspace, cancellationToken);
        services.GetRequiredService<WorkspaceHolder>().Initialise(workspace);
        // From here on every node runs with the database's organisation; the file only seeds an empty database.
        if (await services.GetRequiredService<OrganisationStore>().SeedAndUseAsync(cancellationToken))
        {
            logger.LogInformation("Seeded the organisation in the database from {Path}", ProceduresWorkspace.OrganisationPath(workspace.Root));
        }
        logger.LogInformation("Loaded {Procedures} procedures ({Versions} versions), {Units} units, calendar years {Years} from {Path}",
            workspace.Catalog.ProcedureIds.Count(), workspace.Catalog.All.Count(), workspace.UnitCount, workspace.CalendarYears, workspace.Root);

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoHistorySeeder>().SeedAsync(cancellationToken);
    }
}
