using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence.Entities;
using Workflow.Server.Tests.Support;
using Workflow.Server.Tests.Support.Fuzzing;
using Xunit.Abstractions;

namespace Workflow.Server.Tests.Security;

/// <summary>
/// Every operation of the published OpenAPI document, called with generated path values, query
/// values and bodies (from its schemas, with hostile values mixed in), by an officer signed in by
/// cookie with every role and an antiforgery token, and by an anonymous visitor. Whatever is sent,
/// the server never answers 5xx; every refusal is a ProblemDetails with a <c>code</c>, documented
/// for that operation, that changed nothing; every JSON answer matches its documented schema.
/// A failure names the operation and prints CsCheck's seed: run again with <c>CsCheck_Seed=...</c> to replay it.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ApiFuzzTests(ServerFactory server, ITestOutputHelper output) : IClassFixture<ServerFactory>
{
    /// <summary>Requests per operation and caller; the whole pass stays well under a minute on two cores.</summary>
    private const int SignedInIterations = 20;
    private const int AnonymousIterations = 20;
    private const int AnonymousIterationsWhereRefused = 3;

    private const string OfficerName = "fuzz.canbo";
    private const string OfficerPassword = "Fuzz@2026pass";

    [Fact]
    public async Task No_generated_request_breaks_the_server_and_every_refusal_is_a_documented_problem_that_changed_nothing()
    {
        var watch = Stopwatch.StartNew();
        var api = await PublishedApi.FetchAsync(await server.ClientAsAsync(null));
        var started = watch.Elapsed;
        var (officer, known) = await SignedInOfficerAsync();
        var anonymous = await server.BrowserWithTokenAsync();
        var generator = new RequestGenerator(new JsonFromSchema(api, known.Words, known.Ids));
        var counts = await CountsAsync();
        var setup = watch.Elapsed;
        var sent = 0;
        var serverTime = new Stopwatch();
        var failures = new List<string>();

        foreach (var operation in api.Operations)
        {
            // Signing out would end the officer's session for the operations after it.
            var callers = operation.Id == "CookieLogout"
                ? new[] { ("anonymous", anonymous, AnonymousIterations) }
                : [("officer", officer, SignedInIterations), ("anonymous", anonymous, operation.IsPublic ? AnonymousIterations : AnonymousIterationsWhereRefused)];
            foreach (var (caller, client, iterations) in callers)
            {
                try
                {
                    await generator.For(operation).SampleAsync(async request =>
                    {
                        sent++;
                        counts = await CheckAsync(api, client, request, counts, serverTime);
                    }, iter: iterations, threads: 1, print: request => $"{caller}: {request}", writeLine: _ => { });
                }
                catch (Exception ex)
                {
                    failures.Add($"{operation} as {caller}:\n{ex.Message}\n{ex.InnerException?.Message}");
                    counts = await CountsAsync();
                }
            }
        }

        var summary = $"API fuzz: {sent} requests to {api.Operations.Count} operations in {watch.Elapsed.TotalSeconds:F1} s (server start {started.TotalSeconds:F1} s, sign-in and known values {(setup - started).TotalSeconds:F1} s, requests {(watch.Elapsed - setup).TotalSeconds:F1} s of which the server answering {serverTime.Elapsed.TotalSeconds:F1} s), {failures.Count} failing.";
        output.WriteLine(summary);
        Directory.CreateDirectory(Path.GetDirectoryName(RepositoryPaths.PublishedOpenApi)!);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(RepositoryPaths.PublishedOpenApi)!, "api-fuzz.txt"),
            summary + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, failures));
        Assert.True(failures.Count == 0, summary + "\n\n" + string.Join("\n\n", failures));
    }

    /// <summary>Sends the request and checks the answer; returns the table counts after it.</summary>
    private async Task<string> CheckAsync(PublishedApi api, HttpClient client, FuzzRequest request, string before, Stopwatch serverTime)
    {
        using var message = request.ToMessage();
        server.Errors.Take();
        serverTime.Start();
        using var response = await client.SendAsync(message);
        serverTime.Stop();
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var after = await CountsAsync();
        var answer = $"answered {status} {response.Content.Headers.ContentType}: {FuzzRequest.Cut(text, 800)}";
        if (status >= 500)
        {
            throw new InvalidOperationException($"A server error: {answer}\n{string.Join("\n", server.Errors.Take().Select(e => FuzzRequest.Cut(e, 3000)))}");
        }

        // A route that matches another operation's path with another method: the router's answer, not this operation's.
        var documented = request.Operation.Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response_) || status == 405;
        if (!documented)
        {
            throw new InvalidOperationException($"An answer the document does not list for this operation: {answer}");
        }

        if (status >= 400)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                throw new InvalidOperationException($"A refusal that is not a problem: {answer}");
            }

            using var problem = JsonDocument.Parse(text);
            var errors = api.Validate(api.Schema("ProblemDetails"), problem.RootElement);
            if (errors.Count > 0 || !problem.RootElement.TryGetProperty("code", out _))
            {
                throw new InvalidOperationException($"A problem not of the documented shape ({string.Join("; ", errors)}): {answer}");
            }

            if (after != before)
            {
                throw new InvalidOperationException($"A refusal that wrote: {before} before, {after} after; {answer}");
            }
        }
        else if (response.Content.Headers.ContentType?.MediaType == "application/json" && response_.TryGetProperty("content", out var content)
                 && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema))
        {
            using var body = JsonDocument.Parse(text);
            var errors = api.Validate(schema, body.RootElement);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"An answer that does not match its documented schema ({string.Join("; ", errors.Take(5))}): {answer}");
            }
        }

        return after;
    }

    /// <summary>
    /// An officer with every system role and roles at a commune, signed in by cookie with an antiforgery
    /// token, so that the requests get past authorization; and the ids and words the generator should know
    /// (a dossier of that commune, its code and tracking secret, procedures, units), so that they get past lookups.
    /// </summary>
    private async Task<(HttpClient Officer, KnownValues Known)> SignedInOfficerAsync()
    {
        var admin = await server.ClientAsAsync("quantri");
        var created = await (await admin.PostJsonAsync("/api/admin/users", new
        {
            userName = OfficerName, displayName = "Cán bộ kiểm thử", password = OfficerPassword,
            roles = new[] { "analyst", "desk-officer", "specialist", "unit-head", "leader", "auditor", "administrator" },
        })).ReadAsync();
        var officerId = created.Text("id");
        foreach (var (unitId, role) in new[] { ("x-tan-phu-my", "desk-officer"), ("x-tan-phu-my", "leader"), ("x-tan-phu-my", "civil-status-officer"), ("x-tan-phu-my-kt", "head") })
        {
            var granted = await admin.PostJsonAsync("/api/admin/memberships", new { officerId, unitId, role, validFrom = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        }

        var officer = await server.SignedInBrowserAsync(OfficerName, OfficerPassword);
        var received = await (await officer.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn An", phone = "0901234567" },
            data = new { businessName = "Tiệm may An", members = 1 },
        })).ReadAsync();
        var inbox = await (await officer.GetAsync("/api/tasks/inbox")).ReadAsync();
        var procedures = await (await officer.GetAsync("/api/public/procedures")).ReadAsync();

        var ids = new List<Guid> { Guid.Parse(received.Text("dossierId")) };
        ids.AddRange(inbox.GetProperty("items").EnumerateArray().Select(item => Guid.Parse(item.Text("workItemId"))));
        var words = new List<string>
        {
            received.Text("code"), received.Text("trackingSecret"), "0901234567", "x-tan-phu-my", "p-hoa-an", "x-tan-phu-my-kt",
            "desk-officer", "leader", "head", "specialist", "receipt", "apology", "html", "pdf", "transfer", "approve", "desk", "post", "online",
        };
        words.AddRange(procedures.GetProperty("items").EnumerateArray().Select(p => p.Text("id")));
        return (officer, new KnownValues(words, ids));
    }

    /// <summary>The rows of every table a refused request must leave alone, in one query.</summary>
    private async Task<string> CountsAsync()
    {
        await using var db = server.Database.Create();
        var tables = CountedTables.Select(type => db.Model.FindEntityType(type)!).Select(entity => (entity.GetSchema() is { } schema ? $"\"{schema}\"." : "") + $"\"{entity.GetTableName()}\"").ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", tables.Select(table => $"(SELECT COUNT(*) FROM {table})"));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Join(", ", tables.Select((table, i) => $"{table.Trim('"')} {reader.GetInt64(i)}"));
    }

    private static readonly Type[] CountedTables =
    [
        typeof(DossierRecord), typeof(JournalEntryRecord), typeof(WorkItemRecord), typeof(OutboxMessageRecord), typeof(UploadRecord), typeof(IssuedDocumentRecord),
        typeof(PaymentRecord), typeof(RatingRecord), typeof(FeedbackRecord), typeof(OfficerRecord), typeof(MembershipRecord),
    ];

    private sealed record KnownValues(IReadOnlyList<string> Words, IReadOnlyList<Guid> Ids);
}
