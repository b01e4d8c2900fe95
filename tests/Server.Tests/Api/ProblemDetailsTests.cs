using System.Net;
using System.Text;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Bad input of every kind gets RFC 7807 ProblemDetails naming the field at fault, and changes nothing.</summary>
public sealed class ProblemDetailsTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private static readonly object ValidDossier = new
    {
        procedureId = "business-household-registration",
        receivingUnitId = "x-tan-phu-my",
        applicant = new { name = "Nguyễn Văn An" },
        data = new { businessName = "Tiệm may An", members = 1 },
    };

    [Theory]
    [InlineData("{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": ", "receivingUnitId", "malformed-json")]
    [InlineData("not json at all", "body", "malformed-json")]
    [InlineData("{\"procedureId\": 42, \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"A\"}}", "procedureId", "malformed-json")]
    [InlineData("{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"A\"}, \"decision\": \"maybe\"}", "decision", "malformed-json")]
    [InlineData("{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": [1]}}", "applicant.name", "malformed-json")]
    [InlineData("{\"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"A\"}}", "procedureId", "invalid-input")]
    [InlineData("{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"A\"}, \"data\": {\"businessName\": \"x\", \"members\": 1, \"shoeSize\": 42}}", "data.shoeSize", "invalid-data")]
    [InlineData("{\"procedureId\": \"business-household-registration\", \"receivingUnitId\": \"x-tan-phu-my\", \"applicant\": {\"name\": \"A\"}, \"data\": {\"businessName\": \"x\"}}", "data.members", "invalid-data")]
    public async Task A_malformed_or_invalid_body_is_refused_with_the_field_and_nothing_is_written(string body, string field, string code)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var before = await server.CountsAsync();

        var response = await desk.PostAsync("/api/desk/dossiers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("Yêu cầu không hợp lệ", problem.Text("title"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
        Assert.Equal(code, problem.Text("code"));
        Assert.Equal(field, problem.Text("field"));
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Theory]
    [InlineData("applicant.address", 10_000)]
    [InlineData("note", 50_000)]
    [InlineData("applicant.name", 201)]
    public async Task Oversized_strings_are_refused_with_the_field(string field, int length)
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var before = await server.CountsAsync();
        var text = new string('x', length);
        object body = field switch
        {
            "applicant.address" => new { procedureId = "business-household-registration", receivingUnitId = "x-tan-phu-my", applicant = new { name = "A", address = text } },
            "note" => new { procedureId = "business-household-registration", receivingUnitId = "x-tan-phu-my", applicant = new { name = "A" }, note = text },
            _ => new { procedureId = "business-household-registration", receivingUnitId = "x-tan-phu-my", applicant = new { name = text } },
        };

        var response = await desk.PostJsonAsync("/api/desk/dossiers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal(field, problem.Text("field"));
        Assert.Contains(length.ToString(), problem.Text("detail"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_before_it_is_read()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var before = await server.CountsAsync();
        var huge = "{\"note\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await desk.PostAsync("/api/desk/dossiers", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("body", problem.Text("field"));
        Assert.Equal("body-too-large", problem.Text("code"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Theory]
    [InlineData("/api/desk/dossiers", "motcua.tanphumy")]
    [InlineData("/api/public/tracking", null)]
    [InlineData("/api/auth/token", null)]
    public async Task A_json_body_in_a_charset_that_is_no_encoding_is_refused_as_unsupported_naming_the_body(string path, string? caller)
    {
        var client = await server.ClientAsAsync(caller);
        var before = await server.CountsAsync();
        var body = new StringContent("{\"code\":\"A\"}", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=utf-7");

        var response = await client.PostAsync(path, body);

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
        Assert.Equal("unsupported-media-type", problem.Text("code"));
        Assert.Contains("utf-7", problem.Text("detail"));
        Assert.Equal(before, await server.CountsAsync());
    }

    [Theory]
    [InlineData("/api/auth/token", "{\"userName\":\"\\uFFFF\\uFFFE\",\"password\":\"x\"}", "userName")]
    [InlineData("/api/public/tracking", "{\"code\":\"H55\\u0000\",\"secret\":\"x\"}", "code")]
    public async Task Text_no_one_could_type_is_refused_naming_the_field(string path, string body, string field)
    {
        var anonymous = await server.ClientAsAsync(null, "en");

        var response = await anonymous.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Contains("not text", problem.Text("detail"));
    }

    [Fact]
    public async Task An_online_submission_whose_attachments_hold_a_null_is_refused_naming_the_attachments()
    {
        var anonymous = await server.ClientAsAsync(null);
        var before = await server.CountsAsync();

        var response = await anonymous.PostAsync("/api/public/dossiers", new StringContent(
            """{"procedureId":"certified-copy","receivingUnitId":"x-tan-phu-my","applicant":{"name":"Nguyễn Văn An"},"attachments":[null]}""", Encoding.UTF8, "application/json"));

        await ProblemAssert.FieldAsync(response, HttpStatusCode.BadRequest, "attachments");
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task Unknown_ids_get_404_with_the_field()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var auditor = await server.ClientAsAsync("kiemtra");
        var before = await server.CountsAsync();
        var unknown = Guid.NewGuid();

        var accept = await desk.PostJsonAsync($"/api/desk/dossiers/{unknown}/accept", new { });
        var complete = await desk.PostJsonAsync($"/api/tasks/{unknown}/complete", new { outcomeId = "transfer" });
        var read = await desk.GetAsync($"/api/dossiers/{unknown}");
        var journal = await auditor.GetAsync($"/api/audit/dossiers/{unknown}/journal");
        var notAGuid = await desk.GetAsync("/api/dossiers/not-a-guid");

        Assert.Equal(("dossierId", 404), await FieldAndStatusAsync(accept));
        Assert.Equal(("workItemId", 404), await FieldAndStatusAsync(complete));
        Assert.Equal(("dossierId", 404), await FieldAndStatusAsync(read));
        Assert.Equal(("dossierId", 404), await FieldAndStatusAsync(journal));
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);
        Assert.Equal("application/problem+json", notAGuid.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task Engine_refusals_are_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var vietnamese = await server.ClientAsAsync("motcua.tanphumy");
        var english = await server.ClientAsAsync("motcua.tanphumy", "en-US");
        var atAnotherUnit = new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Nguyễn Văn An" },
            data = new { businessName = "Tiệm may An", members = 1 },
        };

        var vi = await (await vietnamese.PostJsonAsync("/api/desk/dossiers", atAnotherUnit)).ReadAsync();
        var en = await (await english.PostJsonAsync("/api/desk/dossiers", atAnotherUnit)).ReadAsync();

        Assert.Equal(403, vi.GetProperty("status").GetInt32());
        Assert.Equal("Không có quyền", vi.Text("title"));
        Assert.Contains("không giữ vai trò desk-officer tại đơn vị p-hoa-an", vi.Text("detail"));
        Assert.DoesNotContain(" / ", vi.Text("detail"));
        Assert.Equal("Not allowed", en.Text("title"));
        Assert.StartsWith("Võ Thị Mai holds no role desk-officer at p-hoa-an", en.Text("detail"));
        Assert.Equal("not-a-member", en.Text("code"));
    }

    [Fact]
    public async Task Without_credentials_the_answer_is_a_401_problem_not_a_redirect()
    {
        var anonymous = await server.ClientAsAsync(null);
        var response = await anonymous.PostJsonAsync("/api/desk/dossiers", ValidDossier);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("not-signed-in", (await response.ReadAsync()).Text("code"));
    }

    private static async Task<(string Field, int Status)> FieldAndStatusAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadAsync();
        return (problem.Text("field"), problem.GetProperty("status").GetInt32());
    }
}
