using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// The repository's procedures plus one test procedure of tests/Engine.Tests/Procedures, published
/// into a copy of the procedures folder; a test may change the file before it is published.
/// </summary>
public static class TestProcedures
{
    /// <summary>The test procedure's file as the repository holds it.</summary>
    public static string File(string id) => Path.Combine(RepositoryPaths.Root, "tests", "Engine.Tests", "Procedures", id, "v1.json");

    public static ProceduresWorkspace Workspace(TemporaryFolder folder, string id, Action<JObject>? change = null) =>
        Workspace(folder, [id], change);

    /// <summary>The shipped procedures and these test procedures, each published as v1 (<paramref name="change"/> edits the first).</summary>
    public static ProceduresWorkspace Workspace(TemporaryFolder folder, IReadOnlyList<string> ids, Action<JObject>? change = null)
    {
        var root = folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        for (var i = 0; i < ids.Count; i++)
        {
            var json = JObject.Parse(System.IO.File.ReadAllText(File(ids[i])));
            if (i == 0)
            {
                change?.Invoke(json);
            }

            folder.Write(Path.Combine("procedures", ids[i], "v1.json"), json.ToString());
            var published = DefinitionPublisher.Publish(root, ids[i], 1, "analyst", DateTimeOffset.UtcNow,
                ProceduresWorkspace.DefinitionOptions(root) with { Organisation = new OrganisationKindCatalog(EngineHarness.RepositoryWorkspace.Organisation!) });
            Assert.True(published.Succeeded, published.Error + string.Join("\n", published.Problems));
        }

        var workspace = ProceduresWorkspace.Load(root);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        return workspace;
    }
}
