using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Queries.Documents;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>
/// Notices read from the journal's typed details: a refusal or a stop decided at a task (found by
/// the outcome kind of the completion), and the hash recorded for each of several documents.
/// </summary>
public class CompletionNoticeTests
{
    private static readonly Dictionary<string, object?> CopyData = new() { ["pages"] = 1, ["copies"] = 1 };

    [Fact]
    public async Task A_refusal_decided_at_a_task_gives_the_refusal_notice_its_reason_and_officer()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", CopyData);
        await h.CompleteAsync(d.DossierId, "check", "refuse", "Bản chính bị tẩy xoá, không chứng thực được");
        var builder = new DossierFormBuilder(h.Database, h.Workspace.Current);

        var refusal = (RefusalFormData)await builder.BuildAsync(d.DossierId, FormPurpose.Refusal);

        Assert.Equal("Bản chính bị tẩy xoá, không chứng thực được", refusal.Reason);
        Assert.Equal(EngineHarness.Officer("p-hoa-an", "civil-status-officer").Name, refusal.Officer.Name);
        Assert.Equal("form-not-applicable", (await Assert.ThrowsAsync<WorkflowException>(() => builder.BuildAsync(d.DossierId, FormPurpose.StopNotice))).Code);
    }

    [Fact]
    public async Task A_stop_decided_at_a_task_gives_the_stop_notice_its_reason_and_signer()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 125, tờ 7", ["area"] = 85.5 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "branch-review", "stop", "Thửa đất đang có tranh chấp");
        var builder = new DossierFormBuilder(h.Database, h.Workspace.Current);

        var stop = (StopNoticeFormData)await builder.BuildAsync(d.DossierId, FormPurpose.StopNotice);

        Assert.Equal("Thửa đất đang có tranh chấp", stop.Reason);
        Assert.Equal(EngineHarness.Officer("cn-vpdk-hoa-an", "specialist").Name, stop.Signer.Name);
        Assert.Equal("form-not-applicable", (await Assert.ThrowsAsync<WorkflowException>(() => builder.BuildAsync(d.DossierId, FormPurpose.Refusal))).Code);
    }

    [Fact]
    public async Task Each_of_two_documents_issued_on_one_dossier_finds_its_own_recorded_hash()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", CopyData);
        await h.CompleteAsync(d.DossierId, "check", "approve");
        var issuer = new DocumentIssuer(h.Engine, h.Database, h.Workspace);
        var desk = EngineHarness.Officer("p-hoa-an", "desk-officer");
        var receipt = await issuer.IssueAsync(d.DossierId, FormPurpose.Receipt, desk);
        var sheet = await issuer.IssueAsync(d.DossierId, FormPurpose.ControlSheet, desk);
        var documents = new IssuedDocumentQuery(h.Database);

        Assert.NotEqual(receipt.ContentHash, sheet.ContentHash);
        Assert.Equal(receipt.ContentHash, await documents.RecordedHashAsync((await documents.FindAsync(receipt.Id))!));
        Assert.Equal(sheet.ContentHash, await documents.RecordedHashAsync((await documents.FindAsync(sheet.Id))!));
    }
}
