using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Queries.Documents;
using Workflow.Engine.Queries.Tracking;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Audit;

/// <summary>
/// A journal detail edited by hand into the wrong shape is reported by the journal's verification,
/// and the pages that show the journal still answer: they exist to show such tampering.
/// </summary>
public class TamperedDetailTests
{
    private static async Task SetDetailAsync(EngineHarness h, Guid dossier, string command, string detail)
    {
        await using var db = h.Database.Create();
        var changed = await db.Database.ExecuteSqlRawAsync(
            "UPDATE journal_entries SET \"DetailJson\" = {0} WHERE \"DossierId\" = {1} AND \"Command\" = {2}", detail, dossier, command);
        Assert.True(changed > 0, $"no {command} entry to edit");
    }

    [Fact]
    public async Task The_audit_trail_and_the_documents_answer_when_a_detail_has_the_wrong_type()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
        await h.CompleteAsync(d.DossierId, "check", "approve");
        var receipt = await new DocumentIssuer(h.Engine, h.Database, h.Workspace).IssueAsync(d.DossierId, FormPurpose.Receipt, EngineHarness.Officer("p-hoa-an", "desk-officer"));
        await using (var db = h.Database.Create())
        {
            var detail = await db.Journal.Where(j => j.DossierId == d.DossierId && j.Command == "document-issued").Select(j => j.DetailJson).SingleAsync();
            Assert.Contains("\"signed\":false", detail);
            await SetDetailAsync(h, d.DossierId, "document-issued", detail!.Replace("\"signed\":false", "\"signed\":\"yes\"", StringComparison.Ordinal));
        }

        await SetDetailAsync(h, d.DossierId, "handoff", """{"step":5,"unit":"p-hoa-an"}""");

        var audit = new AuditQuery(h.Database);
        var journal = await audit.JournalAsync(d.DossierId);
        Assert.NotNull(journal);
        Assert.False(journal.ChainIntact);
        var handoffs = await audit.DossierHandoffsAsync(d.DossierId);
        Assert.NotNull(handoffs);
        Assert.Contains(handoffs, line => line.GivenBy is null);

        var documents = new IssuedDocumentQuery(h.Database);
        var stored = await documents.FindAsync(receipt.Id);
        Assert.Null(await documents.RecordedHashAsync(stored!));
        var (_, breaks) = await new IssuedDocumentVerifier(h.Database).VerifyAsync();
        Assert.Contains(breaks, b => b.DossierId == d.DossierId);
    }

    [Fact]
    public async Task Tracking_answers_when_the_list_to_complete_has_the_wrong_type()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.Engine.ReceiveAsync(new ReceiveDossier("certified-copy", Workflow.Engine.Definitions.Model.Channel.Desk, "p-hoa-an",
            new ApplicantInfo("Nguyễn Thị Minh Thư", Phone: "0912345678"), new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 },
            Decision: IntakeDecision.AskToComplete, Missing: ["Ảnh 4x6"]), EngineHarness.Officer("p-hoa-an", "desk-officer"));
        await SetDetailAsync(h, d.DossierId, "ask-to-complete", """{"missing":"Ảnh 4x6"}""");

        var tracking = await new TrackingQuery(h.Database).FindAsync(d.Code, d.TrackingSecret, null, CultureInfo.GetCultureInfo("vi-VN"));

        Assert.NotNull(tracking);
        Assert.NotEmpty(tracking.Milestones);
    }
}
