using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Workflow.Designer.Editing;
using Workflow.Designer.Validation;
using Workflow.Designer.Workspace;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Tests.Support;

/// <summary>
/// A copy of the repository's <c>procedures/</c> in a temporary folder, a migrated SQLite
/// database beside it, the engine's workspace loaded from both, and the designer's workspace over them.
/// </summary>
public sealed class DesignerHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();

    private DesignerHarness()
    {
        Procedures = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        Database = new WorkflowDbContextFactory(DatabaseOptions.SqliteFile(System.IO.Path.Combine(_folder.Path, "workflow.db")));
        Time = new FakeTimeProvider(Now);
    }

    public string Procedures { get; }

    public WorkflowDbContextFactory Database { get; }

    public FakeTimeProvider Time { get; }

    public WorkspaceAccessor Engine { get; private set; } = null!;

    public DesignerWorkspace Workspace { get; private set; } = null!;

    public static async Task<DesignerHarness> StartAsync()
    {
        var harness = new DesignerHarness();
        await harness.Database.MigrateAsync();
        var workspace = ProceduresWorkspace.Load(harness.Procedures);
        await PublishedVersionStore.RecordAsync(harness.Database, workspace.Catalog.All, PublishedVersionLockFile.Read(harness.Procedures), Now);
        harness.Engine = new WorkspaceAccessor(workspace);
        harness.Workspace = new DesignerWorkspace(new DesignerOptions(harness.Procedures), harness.Engine, harness.Database, harness.Time, NullLogger<DesignerWorkspace>.Instance);
        return harness;
    }

    public async Task<DefinitionEditor> OpenEditorAsync(string procedureId, int version)
    {
        var opened = await Workspace.OpenAsync(procedureId, version);
        var validator = await Workspace.ValidatorAsync(Workflow.Engine.Localization.Text.Vietnamese);
        return new DefinitionEditor(procedureId, version, DefinitionDocument.Parse(opened.Text), opened.IsPublished, validator);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
