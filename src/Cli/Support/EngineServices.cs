using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Hosting;
using Workflow.Engine.Persistence;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Support;

/// <summary>The engine's services for one command, built by the engine's own registration as the server builds them.</summary>
public static class EngineServices
{
    public static ServiceProvider For(DatabaseOptions database, ProceduresWorkspace? workspace = null)
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine(engine =>
        {
            engine.UseDatabase(database);
            if (workspace is not null)
            {
                engine.UseWorkspace(workspace);
            }
        });
        return services.BuildServiceProvider();
    }
}
