using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Support;

/// <summary>
/// The repository's procedures plus the test procedure <c>consultation-deadline</c>
/// (tests/Engine.Tests/Procedures): a commune office consults three agencies for 2 working days,
/// continues on 2 answers of 3, and treats silence as agreement. A test may change the file (another
/// <c>onDeadline</c>) before it is published into a copy of the procedures folder.
/// </summary>
public static class ConsultationProcedure
{
    public const string Id = "consultation-deadline";

    public const string Fork = "consult-agencies";

    /// <summary>The file as the repository holds it.</summary>
    public static string File => Path.Combine(RepositoryPaths.Root, "tests", "Engine.Tests", "Procedures", Id, "v1.json");

    public static ProceduresWorkspace Workspace(TemporaryFolder folder, Action<JObject>? change = null)
    {
        var root = folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var json = JObject.Parse(System.IO.File.ReadAllText(File));
        change?.Invoke(json);
        folder.Write(Path.Combine("procedures", Id, "v1.json"), json.ToString());
        var published = DefinitionPublisher.Publish(root, Id, 1, "analyst", DateTimeOffset.UtcNow,
            ProceduresWorkspace.DefinitionOptions(root) with { Organisation = new OrganisationKindCatalog(EngineHarness.RepositoryWorkspace.Organisation!) });
        Assert.True(published.Succeeded, published.Error + string.Join("\n", published.Problems));
        var workspace = ProceduresWorkspace.Load(root);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);
        return workspace;
    }

    /// <summary>Changes what the consultation's deadline does (and, for an escalation, who is told).</summary>
    public static Action<JObject> OnDeadline(string effect, string? escalateTo = null) => json =>
    {
        var fork = (JObject)((JArray)json["process"]!["steps"]!).Single(s => (string?)s["id"] == Fork);
        fork["onDeadline"] = effect;
        if (escalateTo is not null)
        {
            fork["escalateTo"] = escalateTo;
        }
    };
}
