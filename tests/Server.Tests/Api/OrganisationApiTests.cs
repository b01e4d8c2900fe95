using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>An administrator changes the organisation through the API: preview, apply, the change log, the export; bad input is refused naming the field.</summary>
public sealed class OrganisationApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_merger_is_previewed_applied_logged_in_words_and_exported_in_the_file_format()
    {
        var admin = await server.ClientAsAsync("quantri");
        var merger = new { kind = "merge-unit", unitId = "so-tu-phap", effectiveDate = "2026-04-01", successorId = "so-xay-dung" };
        var before = await server.CountsAsync();

        var preview = await (await admin.PostJsonAsync("/api/admin/organisation/changes/preview", merger)).ReadAsync();
        Assert.StartsWith("Sáp nhập Sở Tư pháp", preview.Text("summary"));
        Assert.Equal(before, await server.CountsAsync());

        var applied = await admin.PostJsonAsync("/api/admin/organisation/changes", merger);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);

        var log = await (await admin.GetAsync("/api/admin/organisation/changes")).ReadAsync();
        var line = Assert.Single(log.EnumerateArray());
        Assert.Equal(("merge-unit", "so-xay-dung"), (line.Text("kind"), line.Text("successorId")));
        Assert.Contains("01/04/2026", line.Text("summary"));
        var english = await (await (await server.ClientAsAsync("quantri", "en")).GetAsync("/api/admin/organisation/changes")).ReadAsync();
        Assert.StartsWith("Merged", english[0].Text("summary"));

        var export = await admin.GetAsync("/api/admin/organisation/export");
        var file = await export.Content.ReadAsStringAsync();
        Assert.StartsWith("{\n  \"$schema\": \"../organisation.schema.json\",", file);
        Assert.Contains("\"id\": \"so-tu-phap\"", file);
        Assert.Contains("\"validTo\": \"2026-04-01\", \"successors\": [\"so-xay-dung\"]", file);
        Assert.Equal(file, await (await admin.GetAsync("/api/admin/organisation/export")).Content.ReadAsStringAsync());

        // The units list every page reads shows the change at once.
        var units = await (await admin.GetAsync("/api/admin/units?date=2026-04-01")).ReadAsync();
        Assert.DoesNotContain(units.EnumerateArray(), u => u.Text("id") == "so-tu-phap");
    }

    public static TheoryData<string, string, string> BadChanges() => new()
    {
        { """{ "kind": "merge-unit", "unitId": "so-xay-dung", "effectiveDate": "2026-05-01", "successorId": "so-khong-co" }""", "successorId", "unit-unknown" },
        { """{ "kind": "merge-unit", "unitId": "so-xay-dung", "effectiveDate": "2026-03-01", "successorId": "so-nnmt" }""", "effectiveDate", "effective-date-past" },
        { """{ "kind": "move-unit", "unitId": "vpdk-tinh", "effectiveDate": "2026-05-01", "parentId": "cn-vpdk-hoa-an" }""", "parentId", "parent-cycle" },
        { """{ "kind": "split-unit", "unitId": "vpdk-tinh" }""", "kind", "invalid-input" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_change_that_cannot_be_made_is_refused_naming_the_field_in_either_language(string body, string field, string code)
    {
        foreach (var language in new[] { "vi", "en" })
        {
            var admin = await server.ClientAsAsync("quantri", language);
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            var refused = await admin.PostAsync("/api/admin/organisation/changes", content);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.ReadAsync();
            Assert.Equal((field, code), (problem.Text("field"), problem.Text("code")));
            Assert.DoesNotContain(" / ", problem.Text("detail"));
        }
    }
}
