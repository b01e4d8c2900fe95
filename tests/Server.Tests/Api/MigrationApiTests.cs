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

        var listing = await analyst.GetAsync("/api/procedures/certified-copy/migrations?targetVersion=2");
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var candidates = await listing.ReadAsync();
        var line = Assert.Single(candidates.GetProperty("dossiers").EnumerateArray());
        Assert.Equal((1, "check"), (line.GetProperty("fromVersion").GetInt32(), line.GetProperty("openSteps")[0].GetString()));
        Assert.Empty(candidates.GetProperty("mapping").EnumerateArray());
        Assert.Equal("check", candidates.GetProperty("problems")[0].Text("step"));
        Assert.Contains(candidates.GetProperty("targetSteps").EnumerateArray(), c => c.Text("id") == "verify");

        var before = await server.CountsAsync();
        var preview = await analyst.PostJsonAsync("/api/procedures/certified-copy/migrations/preview", new { targetVersion = 2 });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = await preview.ReadAsync();
        Assert.False(plan.GetProperty("canRun").GetBoolean());
        Assert.Contains("Step \"check\" no longer exists in v2", plan.GetProperty("problems")[0].GetProperty("english").GetString());
        Assert.Equal(before, await server.CountsAsync());

        var unmapped = await analyst.PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 2, reason = "Quy trình mới" });
        await ProblemAssert.FieldAsync(unmapped, HttpStatusCode.BadRequest, "mapping");
        var leader = await server.ClientAsAsync("lanhdao.hoaan");
        var mapping = new[] { new { fromStep = "check", toStep = "verify" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 2, mapping, reason = "Quy trình mới" })).StatusCode);

        var prepared = await analyst.PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 2, mapping, reason = "Áp dụng quy trình mới" });
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var runId = (await prepared.ReadAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/procedures/certified-copy/migrations/runs/{runId}", prepared.Headers.Location?.OriginalString);
        var start = $"/api/procedures/certified-copy/migrations/runs/{runId}/start";

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostJsonAsync(start, null)).StatusCode);
        var otherUnit = await (await server.ClientAsAsync("lanhdao.tanphumy")).PostJsonAsync(start, null);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        var problem = await otherUnit.ReadAsync();
        Assert.StartsWith("Bùi Văn Thành không phải lãnh đạo của đơn vị đang giữ các hồ sơ còn chờ chuyển (p-hoa-an)", problem.Text("detail"));

        var run = await leader.PostJsonAsync(start, null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = await run.ReadAsync();
        Assert.Equal((1, "finished"), (result.GetProperty("moved").GetInt32(), result.Text("status")));
        await using var db = server.Database.Create();
        Assert.Equal(2, db.Dossiers.Single(d => d.Id == dossierId).ProcedureVersion);
        var again = await (await analyst.GetAsync($"/api/procedures/certified-copy/migrations/runs/{runId}")).ReadAsync();
        Assert.Equal("moved", again.GetProperty("dossiers")[0].Text("outcome"));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/procedures/land-use-right/migrations/runs/{runId}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"targetVersion": 0}""", "targetVersion")]
    [InlineData("""{"targetVersion": 2, "mapping": [{"fromStep": "check"}]}""", "mapping[0].toStep")]
    [InlineData("""{"targetVersion": 2, "mapping": [null]}""", "mapping[0].fromStep")]
    [InlineData("""{"targetVersion": "two"}""", "targetVersion")]
    [InlineData("""{"targetVersion": 2, "mapping": {"check": "verify"}}""", "mapping")]
    public async Task A_bad_preview_is_refused_with_its_field_in_Vietnamese_and_changes_nothing(string body, string field)
    {
        await using var server = new ServerFactory();
        var analyst = await server.ClientAsAsync("phantich");
        var before = await server.CountsAsync();

        var response = await analyst.PostAsync("/api/procedures/certified-copy/migrations/preview", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal("Yêu cầu không hợp lệ", problem.Text("title"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task Refusals_of_a_run_are_sentences_in_Vietnamese_or_in_English_on_request()
    {
        await using var server = new ServerFactory();
        // A dossier on v1, then v2 published: the dossier stands on a step v2 no longer has.
        await (await server.ClientAsAsync("motcua.hoaan")).PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "certified-copy",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Trần Thị Mai" },
            data = new { pages = 2, copies = 1 },
            documents = new[] { new { documentId = "ban-chinh", originals = 1 } },
            decision = "accept",
        });
        await PublishVersion2WithCheckRenamedAsync(server, await server.ClientAsAsync("phantich"));

        var vietnamese = await (await server.ClientAsAsync("phantich")).PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 2, reason = "Quy trình mới" });
        var english = await (await server.ClientAsAsync("phantich", "en")).PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 2, reason = "New process" });
        var noVersion = await (await server.ClientAsAsync("phantich")).PostJsonAsync("/api/procedures/certified-copy/migrations/runs", new { targetVersion = 9, reason = "Quy trình mới" });

        Assert.Equal("Bước \"check\" không còn trong v2: chọn bước của v2 tiếp nhận các hồ sơ đang ở bước này. Chưa chuẩn bị việc chuyển.",
            (await ProblemAssert.FieldAsync(vietnamese, HttpStatusCode.BadRequest, "mapping")).Text("detail"));
        Assert.Equal("Step \"check\" no longer exists in v2: choose the step of v2 that takes the dossiers standing on it. The migration was not prepared.",
            (await ProblemAssert.FieldAsync(english, HttpStatusCode.BadRequest, "mapping")).Text("detail"));
        Assert.Equal("certified-copy không có phiên bản v9 đã ban hành.", (await ProblemAssert.FieldAsync(noVersion, HttpStatusCode.BadRequest, "targetVersion")).Text("detail"));

        var missing = Guid.NewGuid();
        var unknownRun = await (await server.ClientAsAsync("phantich")).GetAsync($"/api/procedures/certified-copy/migrations/runs/{missing}");
        Assert.Equal($"certified-copy không có đợt chuyển phiên bản {missing}.", (await ProblemAssert.FieldAsync(unknownRun, HttpStatusCode.NotFound, "runId")).Text("detail"));
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
