using System.Text;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Delegation;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Queries.Results;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Delegation;

/// <summary>
/// A result signed on behalf of the head prints the signature block of Decree 30/2020 (KT., TL., TUQ.),
/// only the authorised signer may sign it, the journal names the signer and the head, and an
/// authorisation used outside its dates or at another unit is refused with a sentence.
/// </summary>
public sealed class SigningOnBehalfTests : IAsyncLifetime
{
    private const string Unit = "x-tan-phu-my";
    private static readonly Actor Desk = EngineHarness.Officer(Unit, "desk-officer");
    private static readonly Actor Chairman = EngineHarness.Officer(Unit, "leader");
    private static readonly Actor Deputy = EngineHarness.SecondOfficer(Unit, "leader");
    private static readonly Actor Administrator = new("quantri", "Quản trị hệ thống");
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _keys = new("wf-keys");
    private EngineHarness _h = default!;
    private ResultIssuer _issuer = default!;
    private SigningAuthorisations _authorisations = default!;

    public async Task InitializeAsync()
    {
        _h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, "result-term"));
        var signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _keys.Path }).GetCertificate(), _h.Clock);
        _issuer = new ResultIssuer(_h.Engine, _h.Database, _h.Workspace, signer, _h.Clock);
        _authorisations = new SigningAuthorisations(_h.Database, _h.Workspace, _h.Clock);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _folder.Dispose();
        _keys.Dispose();
    }

    private async Task<Guid> AtReturnStepAsync()
    {
        var filed = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit,
            new ApplicantInfo("Lê Văn Cường", "079085004321", "0903555777", "cuong@example.vn", "Ấp 1, xã Tân Phú Mỹ"),
            new Dictionary<string, object?> { ["permitNumber"] = "125/GPXD" }, ResultDelivery: ResultDelivery.Online), Actor.Citizen("Lê Văn Cường"));
        await _h.Engine.AcceptAsync(filed.DossierId, Desk);
        await _h.CompleteAsync(filed.DossierId, "receive", "transfer");
        await _h.CompleteAsync(filed.DossierId, "review", "approve");
        _h.SetLocal(2026, 3, 4, 9, 0);
        await _h.CompleteAsync(filed.DossierId, "sign", "sign");
        return filed.DossierId;
    }

    [Fact]
    public async Task A_KT_signature_prints_the_deputy_under_the_chairman_and_the_journal_names_both()
    {
        var kt = await _authorisations.CreateAsync(new SigningAuthorisationDraft(SigningOnBehalfKind.Kt, Unit, Chairman.Id, Deputy.Id,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31), "Chủ tịch", "Phó Chủ tịch"), Administrator);
        var dossier = await AtReturnStepAsync();

        var id = await _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk, kt.Id);
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.SignAsync(dossier, id, Chairman));
        await _issuer.SignAsync(dossier, id, Deputy);

        var check = (await new ElectronicResultQuery(_h.Database, _h.Clock).CheckAsync(id))!;
        var html = Encoding.UTF8.GetString(check.Record.Content);
        Assert.Contains($"<strong>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><em>(Ký số)</em><br><strong>{Deputy.Name}</strong>", html);
        Assert.Equal(Deputy.Name, check.Record.SignedBy);
        Assert.Equal((WorkflowErrorKind.Forbidden, "not-the-authorised-signer"), (refused.Kind, refused.Code));
        Assert.Contains($"chỉ {Deputy.Name} được ký", refused.Message);
        var entry = (await _h.JournalAsync(dossier)).Single(j => j.Command == JournalKinds.SignedOnBehalf);
        Assert.Equal(Deputy.Id, entry.ActorId);
        Assert.Equal(new SignedOnBehalfDetail(id, kt.Id, SigningOnBehalfKind.Kt, Deputy.Id, Deputy.Name, Chairman.Id, Chairman.Name,
            $"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / {Deputy.Name}", null), entry.DetailAs<SignedOnBehalfDetail>());
    }

    [Fact]
    public async Task A_TUQ_authorisation_used_after_its_last_day_is_refused_with_a_sentence_naming_its_dates()
    {
        var director = EngineHarness.Officer("x-tan-phu-my-kt", "head");
        var tuq = await _authorisations.CreateAsync(new SigningAuthorisationDraft(SigningOnBehalfKind.Tuq, Unit, Chairman.Id, director.Id,
            new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), "Chủ tịch", "Trưởng phòng Kinh tế", "15/GUQ-UBND", new DateOnly(2026, 3, 1)), Administrator);
        Assert.Equal("TUQ. CHỦ TỊCH / TRƯỞNG PHÒNG KINH TẾ / " + director.Name, SignatureBlock.Of(tuq).ToString());
        var dossier = await AtReturnStepAsync();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk, tuq.Id));

        Assert.Equal((WorkflowErrorKind.Conflict, "authorisation-out-of-period", "authorisationId"), (refused.Kind, refused.Code, refused.Field));
        Assert.Contains("có hiệu lực từ ngày 02/03/2026 đến hết ngày 03/03/2026; hôm nay (04/03/2026) ngoài thời hạn đó", refused.Message);
        Assert.DoesNotContain(await _h.JournalAsync(dossier), j => j.Command == JournalKinds.ResultIssued);
    }

    [Fact]
    public async Task An_authorisation_of_another_unit_is_refused_and_a_TUQ_without_its_document_is_not_recorded()
    {
        var other = await _authorisations.CreateAsync(new SigningAuthorisationDraft(SigningOnBehalfKind.Tl, "p-hoa-an", EngineHarness.Officer("p-hoa-an", "leader").Id,
            EngineHarness.SecondOfficer("p-hoa-an", "leader").Id, new DateOnly(2026, 3, 2), null), Administrator);
        Assert.Equal("Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch)", other.PrincipalTitle);
        var noDocument = await Assert.ThrowsAsync<WorkflowException>(() => _authorisations.CreateAsync(
            new SigningAuthorisationDraft(SigningOnBehalfKind.Tuq, Unit, Chairman.Id, Deputy.Id, new DateOnly(2026, 3, 2), null, "Chủ tịch", "Phó Chủ tịch"), Administrator));
        var dossier = await AtReturnStepAsync();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk, other.Id));

        Assert.Equal(("authorisation-other-unit", "authorisationId"), (refused.Code, refused.Field));
        Assert.Contains("chỉ áp dụng tại đơn vị p-hoa-an", refused.Message);
        Assert.Equal(("authorisation-document-required", "documentNumber"), (noDocument.Code, noDocument.Field));
    }

    [Fact]
    public async Task A_KT_signer_who_is_not_among_the_units_leaders_is_refused_naming_the_signer()
    {
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _authorisations.CreateAsync(
            new SigningAuthorisationDraft(SigningOnBehalfKind.Kt, Unit, Chairman.Id, Desk.Id, new DateOnly(2026, 3, 2), null, "Chủ tịch", "Phó Chủ tịch"), Administrator));

        Assert.Equal(("signer-not-deputy", "signerId"), (refused.Code, refused.Field));
        Assert.Contains($"{Desk.Name} không giữ vai trò lãnh đạo", refused.Message);
    }
}
