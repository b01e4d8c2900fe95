using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>
/// An administrator records who signs on whose behalf; an officer delegates their inbox to a colleague
/// who then sees the officer's tasks marked "for" them. Wrong input is refused naming the field.
/// </summary>
public sealed class DelegationApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task An_administrator_records_a_TL_authorisation_with_its_block_and_wrong_input_is_refused_by_field()
    {
        var admin = await server.ClientAsAsync("quantri");
        var users = await (await admin.GetAsync("/api/admin/users")).ReadAsync();
        string Id(string userName) => users.EnumerateArray().Single(u => u.Text("userName") == userName).Text("id");
        var chairman = Id("lanhdao.hoaan");
        var officer = Id("tuphap.hoaan");
        object Body(string kind = "tl", string? principal = null, string firstDay = "2026-03-02", string? lastDay = "2026-03-31", string? documentNumber = null) => new
        {
            kind, unitId = "p-hoa-an", principalId = principal ?? chairman, signerId = officer, firstDay, lastDay,
            principalTitle = "Chủ tịch", signerTitle = "Chánh Văn phòng", documentNumber, documentDate = documentNumber is null ? null : "2026-03-01",
        };

        var created = await admin.PostJsonAsync("/api/admin/signing-authorisations", Body());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.ReadAsync();
        Assert.Equal("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Trần Văn Hùng", view.Text("block"));
        Assert.True(view.GetProperty("inForce").GetBoolean());
        var listed = await (await admin.GetAsync("/api/admin/signing-authorisations")).ReadAsync();
        Assert.Contains(listed.EnumerateArray(), a => a.Text("id") == view.Text("id"));
        await ProblemAssert.FieldAsync(await admin.PostJsonAsync("/api/admin/signing-authorisations", Body(kind: "ky-thay")), HttpStatusCode.BadRequest, "kind");
        await ProblemAssert.FieldAsync(await admin.PostJsonAsync("/api/admin/signing-authorisations", Body(kind: "tuq")), HttpStatusCode.BadRequest, "documentNumber");
        await ProblemAssert.FieldAsync(await admin.PostJsonAsync("/api/admin/signing-authorisations", Body(lastDay: "2026-02-28")), HttpStatusCode.BadRequest, "lastDay");
        await ProblemAssert.FieldAsync(await admin.PostJsonAsync("/api/admin/signing-authorisations", Body(principal: Id("motcua.hoaan"))), HttpStatusCode.BadRequest, "principalId");
    }

    [Fact]
    public async Task The_colleague_sees_the_delegated_officers_task_marked_for_them_and_wrong_input_is_refused_by_field()
    {
        var desk = await server.ClientAsAsync("motcua.hoaan");
        var officer = await server.ClientAsAsync("tuphap.hoaan");
        var admin = await server.ClientAsAsync("quantri");
        var users = await (await admin.GetAsync("/api/admin/users")).ReadAsync();
        string Id(string userName) => users.EnumerateArray().Single(u => u.Text("userName") == userName).Text("id");
        var receipt = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "certified-copy",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = "Phan Thị Hạnh" },
            data = new { pages = 3, copies = 2 },
        })).ReadAsync();
        var dossierId = receipt.Text("dossierId");
        var task = (await (await officer.GetAsync("/api/tasks/inbox")).ReadAsync()).GetProperty("items").EnumerateArray()
            .Single(i => i.Text("dossierId") == dossierId && i.Text("stepId") == "check");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync($"/api/tasks/{task.Text("workItemId")}/claim", new { })).StatusCode);

        await ProblemAssert.FieldAsync(await officer.PostJsonAsync("/api/tasks/delegations", new { unitId = "p-hoa-an", toOfficerId = Id("motcua.tanphumy"), firstDay = "2026-03-02", lastDay = "2026-03-04" }),
            HttpStatusCode.BadRequest, "toOfficerId");
        await ProblemAssert.FieldAsync(await officer.PostJsonAsync("/api/tasks/delegations", new { unitId = "p-hoa-an", toOfficerId = Id("motcua.hoaan"), firstDay = "2026-03-01", lastDay = "2026-03-04" }),
            HttpStatusCode.BadRequest, "firstDay");
        await ProblemAssert.FieldAsync(await officer.PostJsonAsync("/api/tasks/delegations", new { unitId = "p-hoa-an", toOfficerId = Id("motcua.hoaan"), firstDay = "2026-03-02" }),
            HttpStatusCode.BadRequest, "lastDay");
        var created = await officer.PostJsonAsync("/api/tasks/delegations", new { unitId = "p-hoa-an", toOfficerId = Id("motcua.hoaan"), firstDay = "2026-03-02", lastDay = "2026-03-04" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var seen = (await (await desk.GetAsync("/api/tasks/inbox")).ReadAsync()).GetProperty("items").EnumerateArray()
            .Single(i => i.Text("workItemId") == task.Text("workItemId"));
        Assert.Equal("Trần Văn Hùng", seen.Text("onBehalfOfName"));
        var mine = await (await desk.GetAsync("/api/tasks/delegations")).ReadAsync();
        Assert.Equal("Trần Văn Hùng", Assert.Single(mine.EnumerateArray()).Text("delegatorName"));
    }
}
