using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Queries.Digitisation;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Digitisation;

/// <summary>
/// Digitisation at receipt: the desk scans a component received on paper and signs it as a certified
/// electronic copy from the original; the journal, the holder's record and the receipt say so. A scan
/// refused by its content leaves nothing written, and an online dossier's uploads are recorded as
/// electronic at submission.
/// </summary>
public sealed class DigitisationAtReceiptTests : IAsyncLifetime
{
    private const string Unit = "x-tan-phu-my";
    private static readonly Actor Desk = EngineHarness.Officer(Unit, "desk-officer");
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _keys = new("wf-keys");
    private readonly TemporaryFolder _uploads = new("wf-uploads");
    private EngineHarness _h = default!;
    private ComponentDigitiser _digitiser = default!;
    private DocumentSigner _signer = default!;

    public async Task InitializeAsync()
    {
        _h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, "result-term"));
        _signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _keys.Path }).GetCertificate(), _h.Clock);
        _digitiser = new ComponentDigitiser(_h.Engine, _signer);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _folder.Dispose();
        _keys.Dispose();
        _uploads.Dispose();
    }

    [Fact]
    public async Task A_paper_component_digitised_and_certified_at_the_desk_is_journaled_kept_for_its_holder_and_marked_on_the_receipt()
    {
        var filed = await _h.ReceiveAtDeskAsync("result-term", Unit, new Dictionary<string, object?> { ["permitNumber"] = "9/GPXD" });

        await _digitiser.DigitiseAsync(filed.DossierId, "giay-phep", [new(Pdf, "giay-phep-trang-1.pdf"), new(Png, "giay-phep-trang-2.png")], certify: true, Desk);

        var files = await new DigitisedComponentQuery(_h.Database).ForHolderAsync("079190001234");
        Assert.Equal(["giay-phep-trang-1.pdf", "giay-phep-trang-2.png"], files.Select(f => f.FileName));
        Assert.All(files, f => Assert.Equal((filed.DossierId, "giay-phep", DigitisationSource.Scanned, true, "Nguyễn Thị Minh Thư"), (f.DossierId, f.DocumentId, f.Source, f.Certified, f.HolderName)));
        Assert.Equal(["application/pdf", "image/png"], files.Select(f => f.MediaType));
        await using (var db = _h.Database.Create())
        {
            var stored = await db.DigitisedComponents.AsNoTracking().OrderBy(c => c.FileName).ToListAsync();
            Assert.All(stored, c => Assert.True(new SignatureVerifier().Verify(c.Content, c.Signature!).IsValid));
            Assert.Equal(Pdf, stored[0].Content);
        }

        var journal = await _h.JournalAsync(filed.DossierId);
        var digitised = journal.Single(j => j.Command == JournalKinds.ComponentDigitised).DetailAs<ComponentDigitisedDetail>()!;
        Assert.Equal("giay-phep", digitised.Document);
        Assert.Equal(files.Select(f => f.ContentHash), digitised.Files.Select(f => f.ContentHash));
        var certified = journal.Single(j => j.Command == JournalKinds.ComponentCertified).DetailAs<ComponentCertifiedDetail>()!;
        Assert.Equal(files[0].SignerThumbprint, certified.Certificate);
        Assert.Equal(Desk.Id, journal.Single(j => j.Command == JournalKinds.ComponentCertified).ActorId);

        var builder = new DossierFormBuilder(_h.Database, _h.Workspace.Current);
        var receipt = (ReceiptFormData)await builder.BuildAsync(filed.DossierId, FormPurpose.Receipt);
        Assert.Equal("Đã số hóa, chứng thực bản sao điện tử từ bản chính", receipt.Documents.Single(d => d.Name == "Bản chính giấy phép xây dựng đã được cấp").Digitisation);
        Assert.Null(receipt.Documents.Single(d => d.Name.StartsWith("Đơn đề nghị", StringComparison.Ordinal)).Digitisation);
        var sheet = (ControlSheetFormData)await builder.BuildAsync(filed.DossierId, FormPurpose.ControlSheet);
        Assert.Equal("Bản chính giấy phép xây dựng đã được cấp", Assert.Single(sheet.DigitisedDocuments).Name);

        // Scanned once: the same component again is refused with a sentence; the other one is digitised without a signature.
        var again = await Assert.ThrowsAsync<WorkflowException>(() => _digitiser.DigitiseAsync(filed.DossierId, "giay-phep", [new(Pdf, "lai.pdf")], certify: false, Desk));
        Assert.Equal("component-already-digitised", again.Code);
        await _digitiser.DigitiseAsync(filed.DossierId, "don", [new(Pdf, "don.pdf")], certify: false, Desk);
        receipt = (ReceiptFormData)await builder.BuildAsync(filed.DossierId, FormPurpose.Receipt);
        Assert.Equal("Đã số hóa", receipt.Documents.Single(d => d.Name.StartsWith("Đơn đề nghị", StringComparison.Ordinal)).Digitisation);
        Assert.Equal(1, (await _h.JournalAsync(filed.DossierId)).Count(j => j.Command == JournalKinds.ComponentCertified));
    }

    [Fact]
    public async Task A_scan_refused_by_its_content_or_signature_leaves_nothing_behind_and_only_the_desk_digitises()
    {
        var filed = await _h.ReceiveAtDeskAsync("result-term", Unit, new Dictionary<string, object?> { ["permitNumber"] = "9/GPXD" });
        var before = (await _h.JournalAsync(filed.DossierId)).Count;

        var page = await Assert.ThrowsAsync<WorkflowException>(() => _digitiser.DigitiseAsync(filed.DossierId, "giay-phep",
            [new(Pdf, "trang-1.pdf"), new("<html><script>alert(1)</script></html>"u8.ToArray(), "trang-2.pdf")], certify: true, Desk));
        Assert.Equal(("file-type", "file"), (page.Code, page.Field));
        Assert.Contains("trang-2.pdf", page.Message, StringComparison.Ordinal);
        // A signature over other bytes is refused by the engine itself, inside the transaction.
        var forged = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.DigitiseComponentAsync(filed.DossierId, "giay-phep",
            [new ScanFile(Pdf, "application/pdf", "trang-1.pdf", _signer.Sign(Pdf)), new ScanFile(Png, "image/png", "trang-2.png", _signer.Sign(Pdf))], Desk));
        Assert.Equal(("signature-invalid", "files"), (forged.Code, forged.Field));
        var stranger = await Assert.ThrowsAsync<WorkflowException>(() => _digitiser.DigitiseAsync(filed.DossierId, "giay-phep", [new(Pdf, "a.pdf")], certify: false,
            EngineHarness.Officer("x-tan-phu-my-kt", "specialist")));
        Assert.Equal(WorkflowErrorKind.Forbidden, stranger.Kind);
        var unknown = await Assert.ThrowsAsync<WorkflowException>(() => _digitiser.DigitiseAsync(filed.DossierId, "khong-co", [new(Pdf, "a.pdf")], certify: false, Desk));
        Assert.Equal("documentId", unknown.Field);

        await using var db = _h.Database.Create();
        Assert.Equal(0, await db.DigitisedComponents.CountAsync());
        Assert.Equal(before, (await _h.JournalAsync(filed.DossierId)).Count);
    }

    [Fact]
    public async Task The_uploads_of_an_online_dossier_are_recorded_as_electronic_at_submission()
    {
        var store = new UploadStore(_h.Database, new UploadOptions { Folder = _uploads.Path }, _h.Clock);
        var upload = await store.SaveAsync(new MemoryStream(Pdf), "giay-phep.pdf");
        var filed = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit,
            new ApplicantInfo("Lê Văn Cường", "079085004321", "0903555777", null, "Ấp 1, xã Tân Phú Mỹ"),
            new Dictionary<string, object?> { ["permitNumber"] = "125/GPXD" },
            [new ReceivedDocument("don", Originals: 1), new ReceivedDocument("giay-phep", Originals: 1)],
            Attachments: [new AttachedUpload(upload.Id, "giay-phep")]), Actor.Citizen("Lê Văn Cường"));
        await _h.Engine.AcceptAsync(filed.DossierId, Desk);

        var file = Assert.Single(await new DigitisedComponentQuery(_h.Database).ForHolderAsync("079085004321"));
        Assert.Equal(("giay-phep", DigitisationSource.ElectronicAtSubmission, upload.Sha256, false), (file.DocumentId, file.Source, file.ContentHash, file.Certified));
        var receipt = (ReceiptFormData)await new DossierFormBuilder(_h.Database, _h.Workspace.Current).BuildAsync(filed.DossierId, FormPurpose.Receipt);
        Assert.Equal("Nộp bản điện tử", receipt.Documents.Single(d => d.Name == "Bản chính giấy phép xây dựng đã được cấp").Digitisation);
        // Already electronic: the desk does not scan it again.
        var again = await Assert.ThrowsAsync<WorkflowException>(() => _digitiser.DigitiseAsync(filed.DossierId, "giay-phep", [new(Pdf, "a.pdf")], certify: false, Desk));
        Assert.Equal("component-already-digitised", again.Code);
    }
}
