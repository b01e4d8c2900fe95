using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>The official forms of a real dossier, filled from its journal, stored, signed and verified.</summary>
public class DossierFormsTests
{
    private static async Task<(EngineHarness Harness, Guid Dossier, DocumentIssuer Issuer, TemporaryFolder Keys)> LandDossierAsync()
    {
        var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 125, tờ 7", ["area"] = 85.5 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        h.SetLocal(2026, 3, 3, 9, 0);
        var review = await h.SingleOpenTaskAsync(d.DossierId, "branch-review");
        await h.Engine.ClaimAsync(review.Id, EngineHarness.Officer("cn-vpdk-hoa-an", "specialist"));
        h.SetLocal(2026, 3, 5, 10, 0);
        await h.CompleteAsync(d.DossierId, "branch-review", "approve");
        await h.CompleteAsync(d.DossierId, "branch-head", "send");
        var keys = new TemporaryFolder("wf-keys");
        var signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = keys.Path }).GetCertificate());
        var issuer = new DocumentIssuer(h.Engine, h.Database, h.Workspace, signer);
        return (h, d.DossierId, issuer, keys);
    }

    [Fact]
    public async Task The_control_sheet_lists_each_handover_with_giver_receiver_and_punctuality()
    {
        var (h, dossier, _, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;

        var sheet = (ControlSheetFormData)await new DossierFormBuilder(h.Database, h.Workspace.Current).BuildAsync(dossier, FormPurpose.ControlSheet);

        Assert.Equal(3, sheet.Handoffs.Count);
        var first = sheet.Handoffs[0];
        Assert.StartsWith("Xã Tân Phú Mỹ", first.GiverUnit, StringComparison.Ordinal);
        Assert.Equal(EngineHarness.Officer("x-tan-phu-my", "desk-officer").Name, first.Giver);
        Assert.Contains("Chi nhánh", first.ReceiverUnit);
        Assert.Equal(EngineHarness.Officer("cn-vpdk-hoa-an", "specialist").Name, first.Receiver);
        Assert.Equal(EngineHarness.Local(2026, 3, 3, 9, 0), first.ReceivedAt);
        Assert.Equal(FormPunctuality.Early, first.Result);
        // The branch review (2 working days from Monday 08:00, due Wednesday 17:00) was handed over on Thursday: late.
        Assert.Equal(FormPunctuality.Late, sheet.Handoffs[1].Result);
        Assert.Contains("Thuế", sheet.Handoffs[2].ReceiverUnit, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_form_of_a_dossier_renders_with_its_fields_and_is_stored_with_its_hash_in_the_journal()
    {
        var (h, dossier, issuer, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;
        var desk = EngineHarness.Officer("x-tan-phu-my", "desk-officer");
        var head = EngineHarness.Officer("thue-hoa-an", "head");
        // Friday, the working day before the Monday 16/03 17:00 due: the dossier is about to be late.
        h.SetLocal(2026, 3, 13, 10, 0);
        await h.Engine.ApologiseAsync(dossier, EngineHarness.Local(2026, 3, 20, 17, 0), "Phải đo đạc lại ranh giới thửa đất", head);

        var receipt = await issuer.IssueAsync(dossier, FormPurpose.Receipt, desk);
        var sheet = await issuer.IssueAsync(dossier, FormPurpose.ControlSheet, desk);
        var apology = await issuer.IssueAsync(dossier, FormPurpose.Apology, head, sign: true);

        var receiptHtml = System.Text.Encoding.UTF8.GetString(receipt.Content);
        Assert.Contains("Nguyễn Thị Minh Thư", receiptHtml);
        Assert.Contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", receiptHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains((await h.DossierAsync(dossier)).Code, receiptHtml);
        Assert.Contains("10 ngày làm việc", receiptHtml);
        Assert.Equal("tt03-2025", receipt.SetId);
        var apologyHtml = System.Text.Encoding.UTF8.GetString(apology.Content);
        Assert.Contains("Phải đo đạc lại ranh giới thửa đất", apologyHtml);
        Assert.Contains("20/03/2026", apologyHtml);
        Assert.Contains("sẽ không giải quyết xong hồ sơ", apologyHtml);
        Assert.DoesNotContain("Đến nay", apologyHtml);
        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", System.Text.Encoding.UTF8.GetString(sheet.Content), StringComparison.OrdinalIgnoreCase);

        var journal = await h.JournalAsync(dossier);
        Assert.Equal(3, journal.Count(j => j.Command == "document-issued"));
        Assert.Contains(journal, j => j.Command == "document-issued" && j.DetailJson!.Contains(apology.ContentHash));
        Assert.True(new SignatureVerifier().Verify(apology.Content, apology.Signature!).IsValid);
        var (count, breaks) = await new IssuedDocumentVerifier(h.Database).VerifyAsync();
        Assert.True(breaks.Count == 0, string.Join("\n", breaks));
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task A_stored_document_edited_in_the_database_is_detected_and_located()
    {
        var (h, dossier, issuer, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;
        var receipt = await issuer.IssueAsync(dossier, FormPurpose.Receipt, EngineHarness.Officer("x-tan-phu-my", "desk-officer"), sign: true);

        await using (var db = h.Database.Create())
        {
            var row = await db.IssuedDocuments.SingleAsync(d => d.Id == receipt.Id);
            row.Content = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(row.Content).Replace("Nguyễn Thị Minh Thư", "Nguyễn Văn Khác"));
            row.ContentHash = Workflow.Engine.Documents.DocumentHash.Of(row.Content);
            await db.SaveChangesAsync();
        }

        var (_, breaks) = await new IssuedDocumentVerifier(h.Database).VerifyAsync();
        Assert.Equal(2, breaks.Count);
        Assert.All(breaks, b => Assert.Equal(dossier, b.DossierId));
        Assert.Contains(breaks, b => b.Message.Contains("đã bị sửa"));
        Assert.Contains(breaks, b => b.Message.Contains("Chữ ký số"));
    }

    [Fact]
    public async Task An_apology_made_after_the_appointment_says_the_dossier_was_late_as_the_journal_recorded()
    {
        var (h, dossier, issuer, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;
        var head = EngineHarness.Officer("thue-hoa-an", "head");
        // Tuesday, the day after the Monday 16/03 17:00 due: the appointment has passed.
        h.SetLocal(2026, 3, 17, 9, 0);
        await h.Engine.ApologiseAsync(dossier, EngineHarness.Local(2026, 3, 24, 17, 0), "Phải đo đạc lại ranh giới thửa đất", head);

        var entry = (await h.JournalAsync(dossier)).Single(j => j.Command == "apologise");
        Assert.Contains("\"issuedInTime\":false,\"alreadyLate\":true", entry.DetailJson, StringComparison.Ordinal);
        var apologyHtml = System.Text.Encoding.UTF8.GetString((await issuer.IssueAsync(dossier, FormPurpose.Apology, head)).Content);
        Assert.Contains("chưa giải quyết xong hồ sơ của Ông/Bà theo thời hạn đã hẹn", apologyHtml);
        Assert.Contains("Sự chậm trễ này đã gây phiền hà cho Ông/Bà", apologyHtml);
        Assert.DoesNotContain("sẽ không giải quyết xong", apologyHtml);
    }

    [Fact]
    public async Task A_form_that_does_not_apply_yet_is_refused_with_a_reason()
    {
        var (h, dossier, issuer, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;
        var error = await Assert.ThrowsAsync<Workflow.Engine.Runtime.Errors.WorkflowException>(() =>
            issuer.IssueAsync(dossier, FormPurpose.StopNotice, EngineHarness.Officer("x-tan-phu-my", "desk-officer")));
        Assert.Equal("form-not-applicable", error.Code);
        Assert.DoesNotContain(await h.JournalAsync(dossier), j => j.Command == "document-issued");
    }

    [Fact]
    public async Task The_register_book_lists_the_desks_dossiers_of_a_period()
    {
        var (h, dossier, _, keys) = await LandDossierAsync();
        await using var _h = h;
        using var _k = keys;
        await h.ReceiveAtDeskAsync("birth-registration", "x-tan-phu-my", new Dictionary<string, object?> { ["childName"] = "Bé An", ["birthDate"] = "2026-03-01" });

        var book = await new DossierFormBuilder(h.Database, h.Workspace.Current).RegisterBookAsync("x-tan-phu-my", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        Assert.Equal(2, book.Rows.Count);
        Assert.Equal([1, 2], book.Rows.Select(r => r.Number));
        Assert.Contains("Chi nhánh", book.Rows[0].TransferredTo);
    }
}
