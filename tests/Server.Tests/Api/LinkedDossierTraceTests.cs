using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>The auditor follows a liên thông group both ways: from the parent to its children and from a child back to its parent.</summary>
public sealed class LinkedDossierTraceTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_dossier_with_no_link_has_no_parent_and_no_children_and_an_unknown_one_is_refused_in_Vietnamese_or_English()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var auditor = await server.ClientAsAsync("kiemtra");
        var received = await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Trần Văn Hậu", phone = "0912 000 111", address = "Ấp 1, xã Tân Phú Mỹ" },
            data = new { businessName = "Quán cơm Hậu", members = 1 },
            documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 0 } },
            decision = "accept",
        });
        var dossierId = (await received.ReadAsync()).Text("dossierId");

        var linked = await (await auditor.GetAsync($"/api/audit/dossiers/{dossierId}/linked")).ReadAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, linked.GetProperty("parent").ValueKind);
        Assert.Empty(linked.GetProperty("children").EnumerateArray());

        var missing = Guid.NewGuid();
        var unknown = await ProblemAssert.FieldAsync(await auditor.GetAsync($"/api/audit/dossiers/{missing}/linked"), HttpStatusCode.NotFound, "dossierId");
        Assert.Equal($"Không có hồ sơ {missing}.", unknown.Text("detail"));
        var inEnglish = await ProblemAssert.FieldAsync(await (await server.ClientAsAsync("kiemtra", "en")).GetAsync($"/api/audit/dossiers/{missing}/linked"), HttpStatusCode.NotFound, "dossierId");
        Assert.Equal($"There is no dossier {missing}.", inEnglish.Text("detail"));
    }
}
