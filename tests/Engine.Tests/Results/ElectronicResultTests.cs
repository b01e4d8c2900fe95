using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Localization;
using Workflow.Engine.Queries.Results;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Results;

/// <summary>
/// A result issued at the return step as an electronic document: generated or attached, signed with
/// the unit's certificate, stored with its holder and validity, delivered online, downloadable only
/// with the tracking secret, refused when tampered with, shown revoked once a leader revokes it.
/// </summary>
public sealed class ElectronicResultTests : IAsyncLifetime
{
    private const string Unit = "x-tan-phu-my";
    private static readonly Actor Desk = EngineHarness.Officer(Unit, "desk-officer");
    private static readonly Actor Leader = EngineHarness.Officer(Unit, "leader");
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _keys = new("wf-keys");
    private EngineHarness _h = default!;
    private ResultIssuer _issuer = default!;
    private ElectronicResultQuery _query = default!;

    public async Task InitializeAsync()
    {
        _h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, "result-term"));
        var signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _keys.Path }).GetCertificate(), _h.Clock);
        _issuer = new ResultIssuer(_h.Engine, _h.Database, _h.Workspace, signer, _h.Clock);
        _query = new ElectronicResultQuery(_h.Database, _h.Clock);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _folder.Dispose();
        _keys.Dispose();
    }

    /// <summary>Filed online with the result wanted online, processed up to the return step; the code and the tracking secret.</summary>
    private async Task<(Guid Id, string Code, string Secret)> AtReturnStepAsync()
    {
        var filed = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit,
            new ApplicantInfo("Lê Văn Cường", "079085004321", "0903555777", "cuong@example.vn", "Ấp 1, xã Tân Phú Mỹ"),
            new Dictionary<string, object?> { ["permitNumber"] = "125/GPXD" }, ResultDelivery: ResultDelivery.Online), Actor.Citizen("Lê Văn Cường"));
        await _h.Engine.AcceptAsync(filed.DossierId, Desk);
        await _h.CompleteAsync(filed.DossierId, "receive", "transfer");
        await _h.CompleteAsync(filed.DossierId, "review", "approve");
        _h.SetLocal(2026, 3, 4, 9, 0);
        await _h.CompleteAsync(filed.DossierId, "sign", "sign");
        return (filed.DossierId, filed.Code, filed.TrackingSecret);
    }

    [Fact]
    public async Task A_generated_result_is_signed_stored_with_its_holder_and_validity_and_delivered_online_journaled()
    {
        var (dossier, _, _) = await AtReturnStepAsync();

        var id = await _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk);
        Assert.Equal(ResultStanding.Unsigned, (await _query.CheckAsync(id))!.Standing);
        await _issuer.SignAsync(dossier, id, Leader);
        await _h.Engine.DeliverResultsAsync(dossier, Desk);

        var stored = Assert.Single(await _query.ForHolderAsync("079085004321"));
        Assert.Equal(id, stored.Id);
        Assert.Equal(dossier, stored.DossierId);
        Assert.Equal("Lê Văn Cường", stored.HolderName);
        Assert.Equal(new DateOnly(2026, 3, 4), stored.ValidFrom);
        Assert.Equal(new DateOnly(2027, 3, 3), stored.ValidTo);
        Assert.Equal(ResultStanding.Valid, stored.Standing);
        Assert.Equal(ResultDelivery.Online, stored.DeliveredBy);
        Assert.Equal(Leader.Name, stored.SignedBy);
        var check = (await _query.CheckAsync(id))!;
        var html = System.Text.Encoding.UTF8.GetString(check.Record.Content);
        Assert.Contains("Lê Văn Cường", html);
        Assert.Contains("125/GPXD", html);
        Assert.Contains("03/03/2027", html);
        Assert.True(new SignatureVerifier().Verify(check.Record.Content, check.Record.Signature!).IsValid);
        Assert.Equal(10, (await _h.DossierAsync(dossier)).StatusCode);

        var journal = await _h.JournalAsync(dossier);
        var issued = journal.Single(j => j.Command == JournalKinds.ResultIssued).DetailAs<ResultIssuedDetail>()!;
        Assert.Equal((id, ResultOrigin.Generated, check.Record.ContentHash), (issued.Document, issued.Origin, issued.ContentHash));
        Assert.Equal(check.Record.SignerThumbprint, journal.Single(j => j.Command == JournalKinds.ResultSigned).DetailAs<ResultSignedDetail>()!.Certificate);
        Assert.Equal(ResultDelivery.Online, journal.Single(j => j.Command == JournalKinds.ResultDelivered).DetailAs<ResultDeliveredDetail>()!.Channel);
    }

    [Fact]
    public async Task The_citizen_sees_the_delivered_result_with_the_tracking_secret_and_not_without_it()
    {
        var (dossier, code, secret) = await AtReturnStepAsync();
        var id = await _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk);
        await _issuer.SignAsync(dossier, id, Desk);
        Assert.Empty((await _query.DeliveredOnlineAsync(code, secret))!);

        await _h.Engine.DeliverResultsAsync(dossier, Desk);

        Assert.Equal(id, Assert.Single((await _query.DeliveredOnlineAsync(code.ToLowerInvariant(), secret))!).Id);
        Assert.Null(await _query.DeliveredOnlineAsync(code, "sai-ma-tra-cuu"));
        Assert.Null(await _query.DeliveredOnlineAsync(code, "0903555777"));
    }

    [Fact]
    public async Task A_tampered_result_is_refused_with_a_sentence_saying_why()
    {
        var (dossier, code, secret) = await AtReturnStepAsync();
        var id = await _issuer.AttachAsync(dossier, "giay-phep-gia-han", "%PDF-1.7\n% giấy phép đã ký\n%%EOF"u8.ToArray(), "giay-phep.pdf", Desk);
        await _issuer.SignAsync(dossier, id, Desk);
        await _h.Engine.DeliverResultsAsync(dossier, Desk);

        await using (var db = _h.Database.Create())
        {
            var row = await db.ElectronicResults.SingleAsync(r => r.Id == id);
            var altered = row.Content.ToArray();
            altered[^2] ^= 0x01;
            row.Content = altered;
            await db.SaveChangesAsync();
        }

        var check = (await _query.CheckAsync(id))!;
        Assert.Equal(ResultStanding.Tampered, check.Standing);
        Assert.False(check.CanDownload);
        Assert.Contains("đã bị thay đổi", check.Sentence());
        Assert.Contains("altered", check.Sentence(Text.English));
        Assert.Equal(ResultStanding.Tampered, Assert.Single((await _query.DeliveredOnlineAsync(code, secret))!).Standing);
    }

    [Fact]
    public async Task A_leader_of_the_issuing_unit_revokes_a_result_which_is_then_shown_revoked_and_a_desk_officer_cannot()
    {
        var (dossier, _, _) = await AtReturnStepAsync();
        var id = await _issuer.GenerateAsync(dossier, "giay-phep-gia-han", Desk);
        await _issuer.SignAsync(dossier, id, Desk);
        await _h.Engine.DeliverResultsAsync(dossier, Desk);

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.RevokeResultAsync(dossier, id, "Cấp sai số thửa", Desk));
        Assert.Equal(WorkflowErrorKind.Forbidden, refused.Kind);
        var noReason = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.RevokeResultAsync(dossier, id, " ", Leader));
        Assert.Equal("reason", noReason.Field);
        _h.SetLocal(2026, 3, 10, 14, 30);
        await _h.Engine.RevokeResultAsync(dossier, id, "Cấp sai số giấy phép", Leader);

        var check = (await _query.CheckAsync(id))!;
        Assert.Equal(ResultStanding.Revoked, check.Standing);
        Assert.False(check.CanDownload);
        Assert.Contains("thu hồi lúc 10/03/2026 14:30: Cấp sai số giấy phép", check.Sentence());
        var revoked = (await _h.JournalAsync(dossier)).Single(j => j.Command == JournalKinds.ResultRevoked);
        Assert.Equal(("Cấp sai số giấy phép", Unit), (revoked.Reason, revoked.DetailAs<ResultRevokedDetail>()!.Unit));
    }

    [Fact]
    public async Task A_result_is_issued_only_at_the_return_step_attached_files_are_checked_by_content_and_delivery_needs_a_signature()
    {
        var filed = await _h.ReceiveAtDeskAsync("result-term", Unit, new Dictionary<string, object?> { ["permitNumber"] = "7/GPXD" });
        var early = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.GenerateAsync(filed.DossierId, "giay-phep-gia-han", Desk));
        Assert.Equal("no-result-step", early.Code);
        await _h.CompleteAsync(filed.DossierId, "receive", "transfer");
        await _h.CompleteAsync(filed.DossierId, "review", "approve");
        await _h.CompleteAsync(filed.DossierId, "sign", "sign");

        var script = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.AttachAsync(filed.DossierId, "giay-phep-gia-han", "<html><script>x</script></html>"u8.ToArray(), "giay-phep.pdf", Desk));
        Assert.Equal(("file-type", "file"), (script.Code, script.Field));
        var unknown = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.GenerateAsync(filed.DossierId, "khong-co", Desk));
        Assert.Equal("resultId", unknown.Field);
        var unsigned = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.DeliverResultsAsync(filed.DossierId, Desk));
        Assert.Equal("no-signed-result", unsigned.Code);
        var stranger = await Assert.ThrowsAsync<WorkflowException>(() => _issuer.GenerateAsync(filed.DossierId, "giay-phep-gia-han", EngineHarness.Officer("x-tan-phu-my-kt", "specialist")));
        Assert.Equal(WorkflowErrorKind.Forbidden, stranger.Kind);

        var id = await _issuer.GenerateAsync(filed.DossierId, "giay-phep-gia-han", Desk);
        await _issuer.SignAsync(filed.DossierId, id, Desk);
        await _h.Engine.DeliverResultsAsync(filed.DossierId, Desk);
        Assert.Equal(ResultDelivery.Desk, Assert.Single(await _query.ForDossierAsync(filed.DossierId)).DeliveredBy);
    }
}
