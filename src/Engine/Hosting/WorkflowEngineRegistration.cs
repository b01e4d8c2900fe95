using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Engine.Audit;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Timers;

namespace Workflow.Engine.Hosting;

/// <summary>
/// The one way to build the engine, for the server, the command line, the tests and the bench:
/// <c>services.AddWorkflowEngine(configuration, contentRoot)</c> or
/// <c>services.AddWorkflowEngine(engine =&gt; engine.UseDatabase(…).UseWorkspace(…))</c>.
/// It registers the clock (unless the host registered its own first, as tests do with a fake one),
/// the database, the <c>Engine:*</c> options, the procedures, the engine, this node's timer worker
/// and the journal's checkpointer and verifiers. Everything is a singleton, built when first asked
/// for, so the host can load what it must first (the server migrates before reading procedures).
/// Registrations made before this one win; calling it again only adds settings.
/// </summary>
public static class WorkflowEngineRegistration
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IConfiguration configuration, string contentRoot, Action<WorkflowEngineSettings>? configure = null) =>
        services.AddWorkflowEngine(settings =>
        {
            settings.ReadFrom(configuration, contentRoot);
            configure?.Invoke(settings);
        });

    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineSettings> configure) =>
        services.AddWorkflowEngine((settings, _) => configure(settings));

    /// <summary>For settings that depend on other services, e.g. configuration only known once the host is built.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineSettings, IServiceProvider> configure)
    {
        services.AddOptions();
        services.AddSingleton<IConfigureOptions<WorkflowEngineSettings>>(sp => new ConfigureOptions<WorkflowEngineSettings>(settings => configure(settings, sp)));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => Settings(sp).ResolveDatabase());
        services.TryAddSingleton(sp => new WorkflowDbContextFactory(sp.GetRequiredService<DatabaseOptions>(), [.. Settings(sp).Interceptors]));
        services.TryAddSingleton(sp => Settings(sp).Engine);
        services.TryAddSingleton(sp => Settings(sp).ResolveWorkspace(sp));
        services.TryAddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<WorkspaceAccessor>(), sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<EngineOptions>(), sp.GetService<ILogger<WorkflowEngine>>()));
        services.TryAddSingleton(sp => new TimerWorker(
            sp.GetRequiredService<WorkflowEngine>(), sp.GetRequiredService<WorkflowDbContextFactory>(), Settings(sp).WorkerId,
            logger: sp.GetService<ILogger<TimerWorker>>()));
        services.TryAddSingleton(sp => new Organisation.Administration.OrganisationStore(
            sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<WorkspaceAccessor>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new JournalCheckpointer(sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new JournalVerifier(sp.GetRequiredService<WorkflowDbContextFactory>()));
        services.TryAddSingleton(sp => new IssuedDocumentVerifier(sp.GetRequiredService<WorkflowDbContextFactory>()));
        return services;
    }

    private static WorkflowEngineSettings Settings(IServiceProvider services) => services.GetRequiredService<IOptions<WorkflowEngineSettings>>().Value;
}
