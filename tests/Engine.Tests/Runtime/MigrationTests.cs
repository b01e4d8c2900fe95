using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Moving a running dossier to a newer version: explicit, complete, audited.</summary>
public class MigrationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-migration");

    /// <summary>The repository's procedures plus a published certified-copy v2 that adds a register step before signing.</summary>
    private ProceduresWorkspace WorkspaceWithVersion2()
    {
        var root = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var v2Path = DefinitionPublisher.CreateNextVersion(root, "certified-copy", null, null);
        var json = JObject.Parse(File.ReadAllText(v2Path));
        var steps = (JArray)json["process"]!["steps"]!;
        var check = steps.Single(s => (string?)s["id"] == "check");
        check["id"] = "verify";
        check["duration"]!["value"] = 3;
        foreach (var outcome in steps.SelectMany(s => s["outcomes"] ?? new JArray()).Where(o => (string?)o["to"] == "check"))
        {
            outcome["to"] = "verify";
        }

        ((JObject)check["outcomes"]![0]!)["to"] = "register";
        json["process"]!["start"] = "verify";
        steps.Insert(1, JObject.Parse("""
            { "id": "register", "name": "Ghi sổ chứng thực", "kind": "task",
              "assignee": { "role": "civil-status-officer", "unitKind": "commune" },
              "duration": { "value": 1, "unit": "working-hours" },
              "outcomes": [ { "id": "recorded", "name": "Đã ghi sổ", "kind": "approve", "to": "sign" } ] }
            """));
        File.WriteAllText(v2Path, json.ToString());
        var outcome2 = DefinitionPublisher.Publish(root, "certified-copy", 2, "analyst", DateTimeOffset.UtcNow,
            ProceduresWorkspace.DefinitionOptions(root) with { Organisation = new OrganisationKindCatalog(EngineHarness.RepositoryWorkspace.Organisation!) });
        Assert.True(outcome2.Succeeded, outcome2.Error + string.Join("\n", outcome2.Problems));
        var workspace = ProceduresWorkspace.Load(root);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        return workspace;
    }

    [Fact]
    public async Task New_dossiers_use_the_newest_published_version_while_old_ones_keep_theirs()
    {
        await using var h = await EngineHarness.StartAsync(workspace: WorkspaceWithVersion2());
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        Assert.Equal(2, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
    }

    [Fact]
    public async Task A_running_dossier_moves_to_the_new_version_with_an_explicit_mapping()
    {
        var workspace = WorkspaceWithVersion2();
        await using var h = await EngineHarness.StartAsync(workspace: EngineHarness.RepositoryWorkspace);
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 2, ["copies"] = 1 });
        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
        h.Workspace.Current = workspace;
        var analyst = new Workflow.Engine.Runtime.Actor("analyst-1", "Chuyên viên phân tích");

        var incomplete = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.MigrateAsync(d.DossierId, 2, [], "Áp dụng quy trình mới", analyst));
        Assert.Equal(("mapping-incomplete", "mapping"), (incomplete.Code, incomplete.Field));
        Assert.Contains("check", incomplete.Message);
        var wrongKind = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.MigrateAsync(d.DossierId, 2, [new StepMapping("check", "issued")], "Áp dụng quy trình mới", analyst));
        Assert.Equal("mapping-wrong-kind", wrongKind.Code);
        Assert.Equal(1, (await h.DossierAsync(d.DossierId)).ProcedureVersion);

        await h.Engine.MigrateAsync(d.DossierId, 2, [new StepMapping("check", "verify")], "Áp dụng quy trình mới từ 01/03", analyst);

        Assert.Equal(2, (await h.DossierAsync(d.DossierId)).ProcedureVersion);
        Assert.Equal("verify", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);
        await h.CompleteAsync(d.DossierId, "verify", "approve");
        await h.CompleteAsync(d.DossierId, "register", "recorded");
        await h.CompleteAsync(d.DossierId, "sign", "sign");
        await h.CompleteAsync(d.DossierId, "return", "returned");
        Assert.Equal(10, (await h.DossierAsync(d.DossierId)).StatusCode);
        var migrate = Assert.Single(await h.JournalAsync(d.DossierId), j => j.Command == "migrate");
        Assert.Contains("certified-copy/v1", migrate.DetailJson);
        Assert.Contains("certified-copy/v2", migrate.DetailJson);
        Assert.Equal("analyst-1", migrate.ActorId);
    }

    public void Dispose() => _folder.Dispose();
}
