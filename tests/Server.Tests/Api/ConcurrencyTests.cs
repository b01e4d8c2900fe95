using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>Two completions of one task sent at the same moment: one succeeds, the other is a 409 naming the winner.</summary>
public sealed class ConcurrencyTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Of_two_completions_at_once_one_wins_and_the_other_is_told_who_won()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var other = await server.ClientAsAsync("motcua.tanphumy");
        var received = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Lê Thị Cúc" },
            data = new { businessName = "Hoa Cúc", members = 1 },
        })).ReadAsync();
        var dossierId = received.Text("dossierId");
        var inbox = await (await desk.GetAsync("/api/tasks/inbox")).ReadAsync();
        var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.Text("dossierId") == dossierId);
        var body = new { outcomeId = "transfer", expectedVersion = task.GetProperty("dossierVersion").GetInt64() };
        var path = $"/api/tasks/{task.Text("workItemId")}/complete";

        using var start = new ManualResetEventSlim();
        var attempts = new[] { desk, other }.Select(client => Task.Run(async () =>
        {
            start.Wait();
            return await client.PostJsonAsync(path, body);
        })).ToArray();
        start.Set();
        var responses = await Task.WhenAll(attempts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await lost.ReadAsync();
        Assert.Equal("concurrent-change", problem.Text("code"));
        Assert.Equal("Võ Thị Mai", problem.Text("winner"));
        Assert.True(DateTimeOffset.TryParse(problem.Text("wonAt"), out _));
        Assert.Contains("Võ Thị Mai", problem.Text("detail"));

        var auditor = await server.ClientAsAsync("kiemtra");
        var journal = await (await auditor.GetAsync($"/api/audit/dossiers/{dossierId}/journal")).ReadAsync();
        Assert.Single(journal.GetProperty("lines").EnumerateArray(), l => l.Text("command") == "complete");
        Assert.True(journal.GetProperty("chainIntact").GetBoolean());
    }
}
