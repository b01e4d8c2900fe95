using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Excel;
using Workflow.Engine.Reporting.Indicators;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Spreadsheets;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Digitisation;

/// <summary>
/// The Decision 766 digitisation figures of a month built by hand, with exact expected numbers:
/// in the dossier report, its Excel file and the indicators.
/// </summary>
public sealed class DigitisationFiguresTests : IAsyncLifetime
{
    private const string Unit = "x-tan-phu-my";
    private static readonly Actor Desk = EngineHarness.Officer(Unit, "desk-officer");
    private static readonly byte[] Pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _keys = new("wf-keys");
    private readonly TemporaryFolder _uploads = new("wf-uploads");
    private EngineHarness _h = default!;

    public async Task InitializeAsync() =>
        _h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, "result-term"));

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _folder.Dispose();
        _keys.Dispose();
        _uploads.Dispose();
    }

    [Fact]
    public async Task The_digitisation_figures_of_a_hand_built_month_are_exact_in_the_report_the_excel_file_and_the_indicators()
    {
        var signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _keys.Path }).GetCertificate(), _h.Clock);
        var digitiser = new ComponentDigitiser(_h.Engine, signer);
        var results = new ResultIssuer(_h.Engine, _h.Database, _h.Workspace, signer, _h.Clock);

        // A: at the desk, both papers digitised (certified); finished with a signed electronic result.
        var a = await _h.ReceiveAtDeskAsync("result-term", Unit, Permit("1/GPXD"));
        await digitiser.DigitiseAsync(a.DossierId, "don", [new(Pdf, "don.pdf")], certify: true, Desk);
        await digitiser.DigitiseAsync(a.DossierId, "giay-phep", [new(Pdf, "giay-phep.pdf")], certify: true, Desk);
        await ToResultStepAsync(a.DossierId);
        await results.SignAsync(a.DossierId, await results.GenerateAsync(a.DossierId, "giay-phep-gia-han", Desk), Desk);
        // B: at the desk, one of its two papers digitised; finished (result step reached) without an electronic result.
        var b = await _h.ReceiveAtDeskAsync("result-term", Unit, Permit("2/GPXD"));
        await digitiser.DigitiseAsync(b.DossierId, "don", [new(Pdf, "don.pdf")], certify: false, Desk);
        await ToResultStepAsync(b.DossierId);
        // C: online, the permit uploaded (electronic at submission), the application form digitised by the desk; one component reused from the store.
        var upload = await new UploadStore(_h.Database, new UploadOptions { Folder = _uploads.Path }, _h.Clock).SaveAsync(new MemoryStream(Pdf), "giay-phep.pdf");
        var c = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit,
            new ApplicantInfo("Lê Văn Cường", "079085004321", "0903555777", null, "Ấp 1"), Permit("3/GPXD"),
            [new ReceivedDocument("don", Originals: 1), new ReceivedDocument("giay-phep", Originals: 1)],
            Attachments: [new AttachedUpload(upload.Id, "giay-phep")]), Actor.Citizen("Lê Văn Cường"));
        await _h.Engine.AcceptAsync(c.DossierId, Desk);
        await digitiser.DigitiseAsync(c.DossierId, "don", [new(Pdf, "don.pdf")], certify: false, Desk);
        await RecordReuseAsync(c.DossierId);
        // D: at the desk, nothing digitised, in progress.
        await _h.ReceiveAtDeskAsync("result-term", Unit, Permit("4/GPXD"));
        // E: April, all digitised: outside the month.
        _h.SetLocal(2026, 4, 1, 8, 0);
        var e = await _h.ReceiveAtDeskAsync("result-term", Unit, Permit("5/GPXD"));
        await digitiser.DigitiseAsync(e.DossierId, "don", [new(Pdf, "don.pdf")], certify: false, Desk);
        await digitiser.DigitiseAsync(e.DossierId, "giay-phep", [new(Pdf, "giay-phep.pdf")], certify: false, Desk);

        var request = new ReportRequest(ReportPeriod.Month(2026, 3));
        var report = await new ReportService(_h.Database, _h.Workspace.Current, _h.Clock).DossierReportAsync(request);
        // Digitised at receipt: A and C of A, B, C, D (C's permit was electronic, its paper form digitised) → 2/4.
        // Electronic results: A of the finished A and B → 1/2. Reused: 1 of 8 components (two per dossier A-D) → 1/8.
        Assert.Equal(new DigitisationFigures(AcceptedWithPaper: 4, DigitisedAtReceipt: 2, Finished: 2, FinishedWithElectronicResult: 1, Components: 8, ReusedFromStore: 1), report.Digitisation);
        Assert.Equal((0.5m, 0.5m, 0.125m), (report.Digitisation.DigitisedShare, report.Digitisation.ElectronicResultShare, report.Digitisation.ReuseShare));
        Assert.Contains(report.Definitions, d => d.Id == "digitisedAtReceipt" && d.FormulaVi.Contains("mọi thành phần nộp bản giấy", StringComparison.Ordinal));

        using var buffer = new MemoryStream();
        PeriodicReportWorkbook.Write(report, buffer);
        buffer.Position = 0;
        var sheet = SpreadsheetReader.Read(buffer).Sheet("Số hóa");
        Assert.Equal("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", sheet.Text(2, 1));
        Assert.Equal([(2, 4, 0.5), (1, 2, 0.5), (1, 8, 0.125)],
            Enumerable.Range(2, 3).Select(r => (sheet.Cell(r, 2).AsInteger(), sheet.Cell(r, 3).AsInteger(), sheet.Cell(r, 4).AsNumber())));

        var indicators = await new IndicatorService(_h.Database, _h.Workspace.Current, _h.Clock).IndicatorsAsync(request);
        var group = indicators.Decision766.Single(g => g.Definition.Id == "d766-digitisation");
        Assert.Equal([(2, 4), (1, 2), (1, 8)], group.Ratios.Select(r => (r.Numerator, r.Denominator)));
        // 22/3 × (0.5 + 0.5 + 0.125) = 8.25 of 22.
        Assert.Equal(8.25m, Math.Round(group.Points!.Value, 4));
        Assert.DoesNotContain(indicators.Unsupported, u => u.Id == "d766-digitisation");
    }

    private static Dictionary<string, object?> Permit(string number) => new() { ["permitNumber"] = number };

    private async Task ToResultStepAsync(Guid dossierId)
    {
        await _h.CompleteAsync(dossierId, "receive", "transfer");
        await _h.CompleteAsync(dossierId, "review", "approve");
        await _h.CompleteAsync(dossierId, "sign", "sign");
    }

    /// <summary>The store journals a reuse under its own kind; the figures count the entries, whatever their detail.</summary>
    private async Task RecordReuseAsync(Guid dossierId)
    {
        var last = (await _h.JournalAsync(dossierId)).Last();
        await using var db = _h.Database.Create();
        db.Journal.Add(new JournalEntryRecord
        {
            DossierId = dossierId,
            Sequence = last.Sequence + 1,
            At = last.At,
            Command = JournalKinds.ComponentReusedFromStore,
            ActorId = Desk.Id,
            ActorName = Desk.Name,
            FromStatus = last.ToStatus,
            ToStatus = last.ToStatus,
            ToState = last.ToState,
            PreviousHash = last.Hash,
            Hash = "sha256:test-reuse",
        });
        await db.SaveChangesAsync();
    }
}
