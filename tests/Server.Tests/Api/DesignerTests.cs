using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Analysts edit drafts, validate text, publish, and cannot change what is published.</summary>
public sealed class DesignerTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private const string Base = "/api/designer/procedures/signature-certification/versions";

    [Fact]
    public async Task A_new_version_is_drafted_validated_published_and_then_frozen()
    {
        var analyst = await server.ClientAsAsync("phantich");
        var listing = await (await analyst.GetAsync("/api/designer/procedures")).ReadAsync();
        var signature = listing.EnumerateArray().Single(p => p.Text("id") == "signature-certification");
        Assert.Equal("published", signature.GetProperty("versions")[0].Text("status"));

        var publishedPath = Path.Combine(server.Procedures, "signature-certification", "v1.json");
        var v1 = await File.ReadAllTextAsync(publishedPath);
        var overwrite = await Put(analyst, 1, v1.Replace("\"status\": \"published\"", "\"status\": \"draft\""));
        Assert.Equal(HttpStatusCode.Conflict, overwrite.StatusCode);
        Assert.Equal("version-published", (await overwrite.ReadAsync()).Text("code"));
        Assert.Equal(v1, await File.ReadAllTextAsync(publishedPath));

        var created = await analyst.PostJsonAsync(Base, new { fromVersion = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, (await created.ReadAsync()).GetProperty("version").GetInt32());
        var draft = await analyst.GetStringAsync($"{Base}/2");
        Assert.Contains("\"status\": \"draft\"", draft);

        var broken = draft.Replace("\"start\": \"witness\"", "\"start\": \"nowhere\"");
        var report = await (await analyst.PostAsync($"{Base}/2/validate", Json(broken))).ReadAsync();
        Assert.False(report.GetProperty("valid").GetBoolean());
        var problem = report.GetProperty("problems").EnumerateArray().First(p => p.Text("severity") == "error");
        Assert.True(problem.GetProperty("line").GetInt32() > 0);
        Assert.True(problem.GetProperty("column").GetInt32() > 0);
        Assert.StartsWith("$.process", problem.Text("jsonPath"));

        var edited = draft.Replace("\"effectiveFrom\": \"2024-01-01\"", "\"effectiveFrom\": \"2026-03-01\"");
        var saved = await Put(analyst, 2, edited);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await saved.ReadAsync()).GetProperty("validation").GetProperty("valid").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(analyst, 2, edited.Replace("\"status\": \"draft\"", "\"status\": \"published\""))).StatusCode);

        // The draft says 2026-03-01, yesterday: publishing asks for today or later, naming the field.
        var yesterday = await analyst.PostJsonAsync($"{Base}/2/publish", new { effectiveFrom = "2026-03-01" });
        Assert.Equal("Ngày hiệu lực 01/03/2026 đã qua: chọn hôm nay (02/03/2026) hoặc một ngày sau đó.",
            (await ProblemAssert.FieldAsync(yesterday, HttpStatusCode.BadRequest, "effectiveFrom")).Text("detail"));
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostJsonAsync($"{Base}/2/publish", new { effectiveFrom = "02/03/2026" })).StatusCode);

        var published = await analyst.PostJsonAsync($"{Base}/2/publish", new { effectiveFrom = "2026-03-02" });
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var publication = await published.ReadAsync();
        Assert.Equal(("2026-03-02", 1, "2026-03-01"), (publication.Text("effectiveFrom"), publication.GetProperty("previousVersion").GetInt32(), publication.Text("previousVersionUntil")));
        Assert.Equal("v1 (hiệu lực từ 01/01/2024) vẫn áp dụng cho hồ sơ nhận đến hết ngày 01/03/2026; v2 áp dụng cho hồ sơ nhận từ ngày 02/03/2026.", publication.Text("schedule"));
        var hash = publication.Text("contentHash");
        Assert.Contains(hash, await File.ReadAllTextAsync(Path.Combine(server.Procedures, "published-versions.json")));
        await using (var db = server.Database.Create())
        {
            Assert.True(await db.PublishedVersions.AnyAsync(p => p.ProcedureId == "signature-certification" && p.Version == 2 && p.ContentHash == hash));
        }

        var catalogue = await (await (await server.ClientAsAsync(null)).GetAsync("/api/public/procedures/signature-certification")).ReadAsync();
        Assert.Equal(2, catalogue.GetProperty("version").GetInt32());

        var again = await Put(analyst, 2, edited);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("v3", (await again.ReadAsync()).Text("detail"));
    }

    [Fact]
    public async Task Unparseable_text_is_refused_and_a_version_out_of_sequence_cannot_be_created()
    {
        var analyst = await server.ClientAsAsync("phantich");
        var garbage = await Put(analyst, 9, "{ not json");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal("body", (await garbage.ReadAsync()).Text("field"));

        var skipped = await Put(analyst, 9, "{\"id\": \"signature-certification\", \"version\": 9, \"status\": \"draft\"}");
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Equal("version-out-of-sequence", (await skipped.ReadAsync()).Text("code"));
        Assert.False(File.Exists(Path.Combine(server.Procedures, "signature-certification", "v9.json")));
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, int version, string text) => client.PutAsync($"{Base}/{version}", Json(text));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
