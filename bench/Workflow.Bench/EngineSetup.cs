using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Hosting;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Bench;

/// <summary>
/// Builds an engine the way the server does (the engine's registration, the repository's procedures, the real clock) and
/// seeds officers the way the engine tests' harness does: two per role at every unit.
/// </summary>
public static class EngineSetup
{
    private static readonly Lazy<ProceduresWorkspace> Workspace = new(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures));

    public static ProceduresWorkspace LoadedWorkspace => Workspace.Value;

    /// <summary>An engine built by the engine's registration, as the server's is; it lives as long as the bench.</summary>
    public static (WorkflowEngine Engine, WorkflowDbContextFactory Db) Create(BenchDatabase database, params IInterceptor[] interceptors)
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine(engine =>
        {
            engine.UseDatabase(database.Options).UseWorkspace(Workspace.Value);
            engine.Interceptors.AddRange(interceptors);
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<WorkflowEngine>(), provider.GetRequiredService<WorkflowDbContextFactory>());
    }

    /// <summary>The officer id the harness uses: "{role}@{unit}".</summary>
    public static Actor Officer(string unitId, string role) => new($"{role}@{unitId}", $"{role} {unitId}");

    public static async Task SeedOfficersAsync(WorkflowDbContextFactory factory)
    {
        var organisation = Workspace.Value.Organisation!;
        await using var db = factory.Create();
        if (await db.Officers.AnyAsync())
        {
            return;
        }

        foreach (var unitId in organisation.UnitIds)
        {
            var kind = organisation.FindKind(organisation.HistoryOf(unitId)[0].KindId)!;
            foreach (var role in kind.RoleIds)
            {
                foreach (var actor in new[] { Officer(unitId, role), new Actor($"{role}.2@{unitId}", $"{role} 2 {unitId}") })
                {
                    db.Officers.Add(new OfficerRecord { Id = actor.Id, UserName = actor.Id, DisplayName = actor.Name, Email = $"{actor.Id.Replace('@', '.')}@example.vn" });
                    db.Memberships.Add(new MembershipRecord { Id = Guid.NewGuid(), OfficerId = actor.Id, UnitId = unitId, Role = role, ValidFrom = new DateOnly(2020, 1, 1) });
                }
            }
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>Finds the repository from the program's location (bench/Workflow.Bench/bin/...).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Procedures => Path.Combine(Root, "procedures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Workflow.sln not found above " + AppContext.BaseDirectory);
    }
}
