using System.Net;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// An analyst previews moving running dossiers to a newly published version; a leader runs it.
/// The preview changes nothing; the run moves only what the leader's unit holds.
/// </summary>
public sealed class MigrationApiTests
{
    [Fact]
    public async Task An_analyst_previews_and_a_leader_moves_the_running_dossiers_of_a_new_version()
    {
        await using var server = new ServerFactory();
        var desk = await server.ClientAsAsync("motcua.hoaan");
        var received = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "certified-copy",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Trần Thị Mai" },
            data = new { pages = 2, copies = 1 },
            documents = new[] { new { documentId = "ban-chinh", originals = 1 } },
            decision = "accept",
        })).ReadAsync();
        var dossierId = received.GetProperty("dossierId").GetGuid();
        var analyst = await server.ClientAsAsync("phantich");
        await PublishVersion2WithCheckRenamedAsync(server, analyst);

        var before = await server.CountsAsync();
        var preview = await analyst.PostJsonAsync("/api/procedures/certified-copy/migrations/preview", new { targetVersion = 2 });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = await preview.ReadAsync();
        Assert.False(plan.GetProperty("canRun").GetBoolean());
        Assert.Contains("Step \"check\" no longer exists in v2", plan.GetProperty("problems")[0].GetProperty("english").GetString());
        Assert.Equal(before, await server.CountsAsync());

        var analystRun = await analyst.PostJsonAsync("/api/procedures/certified-copy/migrations", new { targetVersion = 2, reason = "Quy trình mới" });
        Assert.Equal(HttpStatusCode.Forbidden, analystRun.StatusCode);

        var leader = await server.ClientAsAsync("lanhdao.hoaan");
        var mapping = new[] { new { fromStep = "check", toStep = "verify" } };
        var refused = await leader.PostJsonAsync("/api/procedures/certified-copy/migrations", new { targetVersion = 2, reason = "Quy trình mới" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("mapping", (await refused.ReadAsync()).Text("field"));

        var run = await leader.PostJsonAsync("/api/procedures/certified-copy/migrations", new { targetVersion = 2, mapping, reason = "Áp dụng quy trình mới" });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(1, (await run.ReadAsync()).GetProperty("moved").GetInt32());
        await using var db = server.Database.Create();
        Assert.Equal(2, db.Dossiers.Single(d => d.Id == dossierId).ProcedureVersion);
    }

    /// <summary>What an analyst does in the designer: v2 of certified copies with its first step renamed, then published.</summary>
    private static async Task PublishVersion2WithCheckRenamedAsync(ServerFactory server, HttpClient analyst)
    {
        var v2 = DefinitionPublisher.CreateNextVersion(server.Procedures, "certified-copy", null, null);
        var json = JObject.Parse(File.ReadAllText(v2));
        var steps = (JArray)json["process"]!["steps"]!;
        steps.Single(s => (string?)s["id"] == "check")["id"] = "verify";
        foreach (var outcome in steps.SelectMany(s => s["outcomes"] ?? new JArray()).Where(o => (string?)o["to"] == "check"))
        {
            outcome["to"] = "verify";
        }

        json["process"]!["start"] = "verify";
        File.WriteAllText(v2, json.ToString());
        var published = await analyst.PostJsonAsync("/api/designer/procedures/certified-copy/versions/2/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }
}
