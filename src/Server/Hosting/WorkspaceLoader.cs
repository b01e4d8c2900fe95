using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Server.Hosting;

/// <summary>
/// Loads <c>procedures/</c> together with the published versions the database holds (they win
/// over the lock file: they are what dossiers ran on), and records newly published versions.
/// </summary>
public sealed class WorkspaceLoader(ServerPaths paths, WorkflowDbContextFactory database, EngineOptions engine, TimeProvider time, ILogger<WorkspaceLoader> logger)
{
    public async Task<ProceduresWorkspace> LoadAsync(CancellationToken cancellationToken = default)
    {
        var recorded = await PublishedVersionStore.ReadAsync(database, cancellationToken);
        var workspace = ProceduresWorkspace.Load(paths.Procedures, culture: null, extraRecords: recorded, engine.Convention);
        foreach (var problem in workspace.Problems)
        {
            if (problem.IsError)
            {
                logger.LogError("Procedures problem {Problem}", problem.ToString());
            }
            else
            {
                logger.LogWarning("Procedures problem {Problem}", problem.ToString());
            }
        }

        if (workspace.Organisation is null)
        {
            throw new StartupException($"Cơ cấu tổ chức trong {paths.Procedures} có lỗi nên không thể giao việc; chạy \"workflow validate\". / The organisation in {paths.Procedures} has errors; run \"workflow validate\".");
        }

        return workspace;
    }

    /// <summary>Records in the database every published version of <paramref name="workspace"/> it does not hold yet.</summary>
    public async Task<int> RecordPublishedAsync(ProceduresWorkspace workspace, CancellationToken cancellationToken = default)
    {
        var added = await PublishedVersionStore.RecordAsync(database, workspace.Catalog.All, PublishedVersionLockFile.Read(paths.Procedures), time.GetUtcNow(), cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Recorded {Count} published procedure versions in the database", added);
        }

        return added;
    }
}
