using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Workflow.Designer.Interchange;
using Workflow.Designer.Simulation;
using Workflow.Designer.Workspace;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;

namespace Workflow.Designer;

/// <summary>Registers the designer's services. The host provides the engine's <see cref="WorkspaceAccessor"/> and <see cref="WorkflowDbContextFactory"/>.</summary>
public static class DesignerServices
{
    /// <summary>
    /// Adds the designer. <paramref name="proceduresPath"/> gives the <c>procedures/</c> folder from
    /// the host's services (e.g. <c>sp =&gt; sp.GetRequiredService&lt;ServerPaths&gt;().Procedures</c>).
    /// </summary>
    public static IServiceCollection AddWorkflowDesigner(this IServiceCollection services, Func<IServiceProvider, string> proceduresPath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DesignerOptions(proceduresPath(sp), sp.GetService<EngineOptions>()?.Convention ?? Engine.Deadlines.DeadlineConvention.CivilCode));
        services.TryAddSingleton(sp => new DesignerWorkspace(
            sp.GetRequiredService<DesignerOptions>(),
            sp.GetRequiredService<WorkspaceAccessor>(),
            sp.GetRequiredService<WorkflowDbContextFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DesignerWorkspace>>()));
        services.TryAddSingleton(sp => new ProcedureInterchange(sp.GetRequiredService<DesignerWorkspace>(), sp.GetRequiredService<ILogger<ProcedureInterchange>>()));
        services.TryAddSingleton(sp => new ProcessFormatInterchange(sp.GetRequiredService<DesignerWorkspace>(), sp.GetRequiredService<ILogger<ProcessFormatInterchange>>()));
        services.TryAddSingleton(sp => new DesignerSimulator(sp.GetRequiredService<DesignerOptions>().DefaultConvention));
        return services;
    }

    /// <summary>Adds the designer over a fixed <c>procedures/</c> folder.</summary>
    public static IServiceCollection AddWorkflowDesigner(this IServiceCollection services, string proceduresPath) =>
        services.AddWorkflowDesigner(_ => proceduresPath);
}
