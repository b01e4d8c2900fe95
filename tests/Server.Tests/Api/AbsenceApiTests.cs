using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>A leader returns an absent officer's tasks to the unit's inbox in one request; wrong officers are refused naming the field.</summary>
public sealed class AbsenceApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_leader_returns_an_absent_officers_tasks_to_the_inbox_and_wrong_officers_are_refused_by_field()
    {
        var desk = await server.ClientAsAsync("motcua.hoaan");
        var officer = await server.ClientAsAsync("tuphap.hoaan");
        var leader = await server.ClientAsAsync("lanhdao.hoaan");
        var receipt = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "certified-copy",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Phan Thị Hạnh" },
            data = new { pages = 3, copies = 2 },
        })).ReadAsync();
        var dossierId = receipt.Text("dossierId");
        var inbox = await (await officer.GetAsync("/api/tasks/inbox")).ReadAsync();
        var task = inbox.GetProperty("items").EnumerateArray().Single(i => i.Text("dossierId") == dossierId && i.Text("stepId") == "check");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync($"/api/tasks/{task.Text("workItemId")}/claim", new { })).StatusCode);
        var holders = await (await leader.GetAsync("/api/tasks/candidates?unitId=p-hoa-an&role=civil-status-officer")).ReadAsync();
        var absentId = holders.EnumerateArray().Single(o => o.Text("userName") == "tuphap.hoaan").Text("id");

        await ProblemAssert.FieldAsync(await leader.PostJsonAsync("/api/tasks/reassign-absent", new { unitId = "p-hoa-an", officerId = absentId, toOfficerId = absentId }),
            HttpStatusCode.BadRequest, "toOfficerId");
        await ProblemAssert.FieldAsync(await leader.PostJsonAsync("/api/tasks/reassign-absent", new { unitId = "p-hoa-an", officerId = "nobody" }),
            HttpStatusCode.BadRequest, "officerId");
        await ProblemAssert.FieldAsync(await leader.PostJsonAsync("/api/tasks/reassign-absent", new { unitId = "p-hoa-an" }), HttpStatusCode.BadRequest, "officerId");

        var moved = await leader.PostJsonAsync("/api/tasks/reassign-absent", new { unitId = "p-hoa-an", officerId = absentId });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var result = await moved.ReadAsync();
        Assert.Equal((0, 1), (result.GetProperty("toColleague").GetInt32(), result.GetProperty("toInbox").GetInt32()));

        // Nothing is left held by the officer: a second request moves nothing.
        var again = await (await leader.PostJsonAsync("/api/tasks/reassign-absent", new { unitId = "p-hoa-an", officerId = absentId })).ReadAsync();
        Assert.Equal(0, again.GetProperty("toInbox").GetInt32());
    }
}
