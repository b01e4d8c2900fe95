using Workflow.Engine.Persistence;

namespace Workflow.Server.Health;

/// <summary>The node's readiness checks, run by ASP.NET Core's health check service.</summary>
public static class HealthChecksRegistration
{
    /// <summary>Tag of the checks a load balancer's readiness probe runs.</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddWorkflowHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseWriteProbe>();
        services.AddHealthChecks()
            .AddCheck<DatabaseWriteHealthCheck>("database", tags: [Ready])
            .AddCheck<TimerWorkerHealthCheck>("timerWorker", tags: [Ready]);
        return services;
    }
}
