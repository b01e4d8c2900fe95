using System.Net;
using System.Text.Json;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// The published OpenAPI document tells the truth about what the server does: which operations are
/// public, how the others are signed in to, the refusals each can give and their shape, and schemas
/// that the server's real answers validate against. The document it checks is kept for ./test.sh's lint.
/// </summary>
public sealed class OpenApiDocumentTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    /// <summary>Everything anyone may call without an account; any other operation needs a sign-in.</summary>
    private static readonly string[] PublicOperations =
    [
        "Health", "HealthReady", "HealthLive", "CookieLogin", "CookieLogout", "OidcLogin", "Token", "RefreshToken", "AntiforgeryToken", "SetupPassword",
        "ListProcedures", "GetProcedure", "GetBlankForm", "TrackDossier", "DownloadOwnResult", "SubmitOnline", "Upload", "RateDossier", "StartPayment", "GatewayCallback",
        "SubmitFeedback", "TrackFeedback", "PublishedAnswers", "CitizenLogin", "CitizenLogout", "OwnStore",
    ];

    /// <summary>What a citizen signed in with an electronic identity calls, with the citizen cookie only.</summary>
    private static readonly string[] CitizenOperations = ["CitizenMe", "CitizenDossiers", "CitizenDossier", "CitizenSubmitOnline", "CitizenStore", "CitizenReuseFromStore"];

    [Fact]
    public async Task The_document_is_served_to_anyone_and_kept_for_the_lint()
    {
        var anonymous = await server.ClientAsAsync(null);

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = new PublishedApi(await response.Content.ReadAsStringAsync());
        Assert.Equal("3.1.1", api.Root.GetProperty("openapi").GetString());
        Assert.All(api.Root.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/'), "A server address ending in / doubles the slash of every path."));
        Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.PublishedOpenApi)!);
        await File.WriteAllTextAsync(RepositoryPaths.PublishedOpenApi, api.Text);
    }

    [Fact]
    public async Task Public_operations_need_no_sign_in_and_the_others_take_a_bearer_token_or_the_cookie_with_its_antiforgery_token()
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        Assert.Equal(PublicOperations.Order(), api.Operations.Where(o => o.IsPublic).Select(o => o.Id).Order());
        Assert.False(api.Root.TryGetProperty("security", out _), "A document-wide requirement would cover the public operations.");
        Assert.Equal(CitizenOperations.Order(), api.Operations.Where(o => CitizenOperations.Contains(o.Id)).Select(o => o.Id).Order());
        foreach (var operation in api.Operations.Where(o => CitizenOperations.Contains(o.Id)))
        {
            var ways = operation.Definition.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Select(s => s.Name).Order().ToArray()).ToList();
            var citizen = operation.Method == "GET" ? new[] { "CitizenCookie" } : ["Antiforgery", "CitizenCookie"];
            Assert.True(ways.Count == 1 && ways[0].SequenceEqual(citizen), $"{operation}: {JsonSerializer.Serialize(ways)}");
        }

        foreach (var operation in api.Operations.Where(o => !o.IsPublic && !CitizenOperations.Contains(o.Id)))
        {
            var ways = operation.Definition.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Select(s => s.Name).Order().ToArray()).ToList();
            var cookie = operation.Method == "GET" ? new[] { "Cookie" } : ["Antiforgery", "Cookie"];
            Assert.True(ways.Count == 2 && ways[0].SequenceEqual(["Bearer"]) && ways[1].SequenceEqual(cookie), $"{operation}: {JsonSerializer.Serialize(ways)}");
        }
    }

    [Fact]
    public async Task Every_operation_documents_its_refusals_as_problems_with_code_field_errors_and_trace_id()
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        var problem = api.Schema("ProblemDetails").GetProperty("properties");
        foreach (var member in new[] { "code", "field", "errors", "traceId", "detail", "status", "title" })
        {
            Assert.True(problem.TryGetProperty(member, out _), $"The problem schema lacks {member}.");
        }

        foreach (var operation in api.Operations)
        {
            var refusals = operation.Responses.Where(r => r.Key[0] is '4' or '5').ToList();
            Assert.True(refusals.Any(r => r.Key[0] == '4'), $"{operation} documents no 4xx answer.");
            foreach (var (status, response) in refusals.Where(r => !(operation.Id.StartsWith("Health") && r.Key == "503")))
            {
                var schema = response.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.True(schema.GetProperty("$ref").GetString() == "#/components/schemas/ProblemDetails", $"{operation} {status}");
            }
        }
    }

    [Theory]
    [InlineData("ReceiveDossier", new[] { "400", "401", "403", "404", "409", "413", "415", "503" })]
    [InlineData("AcceptDossier", new[] { "400", "401", "403", "404", "409", "413", "415", "503" })]
    [InlineData("SearchDossiers", new[] { "400", "401", "403", "503" })]
    [InlineData("TrackDossier", new[] { "400", "401", "404", "413", "415", "429", "503" })]
    // The right password of a disabled account is told so (403 account-disabled), and only then.
    [InlineData("Token", new[] { "400", "401", "403", "413", "415", "429", "503" })]
    [InlineData("CookieLogin", new[] { "400", "401", "403", "413", "415", "429", "503" })]
    [InlineData("Me", new[] { "401", "403", "503" })]
    public async Task Operations_document_the_refusals_their_shape_and_pipeline_give(string operationId, string[] statuses)
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        var operation = api.Operations.Single(o => o.Id == operationId);

        Assert.Equal(statuses, operation.Responses.Keys.Where(k => k[0] is '4' or '5').Order());
    }

    [Fact]
    public async Task The_cookie_sign_in_is_described_as_a_redirect_for_a_form_and_json_for_json()
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        var login = api.Operations.Single(o => o.Id == "CookieLogin");

        Assert.Equal(["application/json", "application/x-www-form-urlencoded"], login.BodyMediaTypes.Order());
        Assert.True(login.Definition.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded")
            .GetProperty("schema").GetProperty("properties").TryGetProperty("returnUrl", out _));
        Assert.Equal("#/components/schemas/SignedInUser", login.Responses["200"].GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(login.Responses["302"].GetProperty("headers").TryGetProperty("Location", out _));
        Assert.False(login.Responses["302"].TryGetProperty("content", out _));
        var logout = api.Operations.Single(o => o.Id == "CookieLogout");
        Assert.Contains("204", logout.Responses.Keys);
        Assert.Contains("302", logout.Responses.Keys);
        Assert.DoesNotContain("200", logout.Responses.Keys);
    }

    [Fact]
    public async Task Enum_components_are_strings_without_null_so_nullable_members_say_null_once()
    {
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));

        var enums = api.Root.GetProperty("components").GetProperty("schemas").EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();

        Assert.Contains(enums, e => e.Name == "Punctuality");
        foreach (var schema in enums)
        {
            Assert.Equal("string", schema.Value.GetProperty("type").GetString());
            Assert.DoesNotContain(schema.Value.GetProperty("enum").EnumerateArray(), v => v.ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task A_new_dossier_read_back_with_null_finish_punctuality_validates_against_the_published_schema()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var api = await PublishedApi.FetchAsync(desk);
        var received = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn An" },
            data = new { businessName = "Tiệm may An", members = 1 },
        })).ReadAsync();

        var response = await desk.GetAsync($"/api/dossiers/{received.Text("dossierId")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.ReadAsync();
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("finishPunctuality").ValueKind);
        var schema = api.Operations.Single(o => o.Id == "GetDossier").Responses["200"].GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Empty(api.Validate(schema, detail));
    }
}
