using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Queries.Store;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Store;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Store;

/// <summary>
/// The citizen's electronic data store: a result issued and signed to a holder is in their store; a
/// later dossier of the same holder takes the paper it stands for by reference (no upload), journaled;
/// an expired, tampered or revoked one is refused with a sentence saying why; another holder's store
/// is neither listed nor usable; a dossier proves its holder only once the desk has identified them.
/// </summary>
public sealed class ElectronicDataStoreTests : IAsyncLifetime
{
    private const string Unit = "x-tan-phu-my";
    private const string Holder = "079085004321";
    private const string Type = "result-term/giay-phep-gia-han";
    private static readonly Actor Desk = EngineHarness.Officer(Unit, "desk-officer");
    private static readonly Actor Leader = EngineHarness.Officer(Unit, "leader");
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _keys = new("wf-keys");
    private EngineHarness _h = default!;
    private ResultIssuer _issuer = default!;
    private ElectronicDataStore _store = default!;

    public async Task InitializeAsync()
    {
        // A later extension takes the permit extended before from the store.
        _h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, "result-term",
            json => ((JObject)json["documents"]![1]!)["fromStore"] = new JArray(Type)));
        var signer = new DocumentSigner(new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _keys.Path }).GetCertificate(), _h.Clock);
        _issuer = new ResultIssuer(_h.Engine, _h.Database, _h.Workspace, signer, _h.Clock);
        _store = new ElectronicDataStore(_h.Database, _h.Workspace, _h.Clock);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _folder.Dispose();
        _keys.Dispose();
    }

    /// <summary>A dossier filed online, accepted, processed and its result generated, signed and delivered on 04/03/2026 (valid 12 months).</summary>
    private async Task<(Guid Dossier, string Code, string Secret, Guid Result)> IssuedAsync()
    {
        var filed = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit, new ApplicantInfo("Lê Văn Cường", Holder, "0903555777"),
            new Dictionary<string, object?> { ["permitNumber"] = "125/GPXD" }, ResultDelivery: ResultDelivery.Online), Actor.Citizen("Lê Văn Cường"));
        await _h.Engine.AcceptAsync(filed.DossierId, Desk);
        await _h.CompleteAsync(filed.DossierId, "receive", "transfer");
        await _h.CompleteAsync(filed.DossierId, "review", "approve");
        _h.SetLocal(2026, 3, 4, 9, 0);
        await _h.CompleteAsync(filed.DossierId, "sign", "sign");
        var result = await _issuer.GenerateAsync(filed.DossierId, "giay-phep-gia-han", Desk);
        await _issuer.SignAsync(filed.DossierId, result, Leader);
        await _h.Engine.DeliverResultsAsync(filed.DossierId, Desk);
        return (filed.DossierId, filed.Code, filed.TrackingSecret, result);
    }

    /// <summary>A new dossier received at the desk for the holder (or another), waiting for the desk's intake decision.</summary>
    private async Task<Guid> NewDossierAsync(string holder = Holder) =>
        (await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Desk, Unit, new ApplicantInfo("Lê Văn Cường", holder, "0903555777"),
            new Dictionary<string, object?> { ["permitNumber"] = "125/GPXD" }, [new ReceivedDocument("don", Originals: 1)]), Desk)).DossierId;

    [Fact]
    public async Task A_signed_result_is_in_its_holders_store_and_a_second_dossier_takes_the_paper_from_it_without_upload_journaled()
    {
        var first = await IssuedAsync();

        var entry = Assert.Single(await _store.ForHolderAsync(Holder));
        Assert.Equal((ElectronicResultSource.SourceName, first.Result, Type, first.Dossier, first.Code), (entry.Source, entry.Id, entry.Type, entry.SourceDossierId, entry.SourceDossierCode));
        Assert.Equal(new DateOnly(2026, 3, 4), entry.ValidFrom);
        Assert.Equal(new DateOnly(2027, 3, 3), entry.ValidTo);
        Assert.True(entry.Reusable);
        Assert.NotNull(entry.SignedAt);

        _h.SetLocal(2026, 9, 1, 9, 0);
        var second = await NewDossierAsync();
        var offer = Assert.Single((await _store.ForDossierAsync(second))!.Offers);
        Assert.Equal("giay-phep", offer.DocumentId);
        Assert.Equal(first.Result, Assert.Single(offer.Entries).Id);
        Assert.Null(offer.Reused);

        await _h.Engine.ReuseFromStoreAsync(second, "giay-phep", entry.Source, entry.Id, Desk);

        var reused = (await _h.JournalAsync(second)).Single(j => j.Command == JournalKinds.ComponentReusedFromStore);
        Assert.Equal(Desk.Name, reused.ActorName);
        var detail = reused.DetailAs<ComponentReusedFromStoreDetail>()!;
        Assert.Equal(("giay-phep", "result", first.Result, Type, first.Dossier, first.Code, entry.ContentHash),
            (detail.Document, detail.Source, detail.Entry, detail.Type, detail.SourceDossier, detail.SourceDossierCode, detail.ContentHash));
        Assert.Equal(detail, Assert.Single((await _store.ForDossierAsync(second))!.Offers).Reused);
        await using (var db = _h.Database.Create())
        {
            Assert.False(await db.Uploads.AnyAsync(u => u.DossierId == second));
        }

        var again = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(second, "giay-phep", entry.Source, entry.Id, Desk));
        Assert.Equal("already-reused", again.Code);
        var paper = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(second, "don", entry.Source, entry.Id, Desk));
        Assert.Equal("document-not-from-store", paper.Code);
    }

    [Fact]
    public async Task An_expired_stored_result_is_refused_for_reuse_with_a_sentence_saying_why()
    {
        var first = await IssuedAsync();
        _h.SetLocal(2027, 3, 4, 9, 0);
        var second = await NewDossierAsync();

        var entry = Assert.Single(Assert.Single((await _store.ForDossierAsync(second))!.Offers).Entries);
        Assert.Equal(ResultStanding.Expired, entry.Standing);
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(second, "giay-phep", "result", first.Result, Desk));
        Assert.Equal(("store-entry-expired", WorkflowErrorKind.Conflict), (refused.Code, refused.Kind));
        Assert.Contains("hết hiệu lực từ sau ngày 03/03/2027", refused.Message);
        Assert.Contains("expired after", refused.Message);
        Assert.DoesNotContain(await _h.JournalAsync(second), j => j.Command == JournalKinds.ComponentReusedFromStore);
    }

    [Fact]
    public async Task A_tampered_or_revoked_stored_result_is_refused_for_reuse_with_a_sentence_saying_why()
    {
        var first = await IssuedAsync();
        var second = await NewDossierAsync();
        await using (var db = _h.Database.Create())
        {
            var row = await db.ElectronicResults.SingleAsync(r => r.Id == first.Result);
            var altered = row.Content.ToArray();
            altered[^2] ^= 0x01;
            row.Content = altered;
            await db.SaveChangesAsync();
        }

        var tampered = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(second, "giay-phep", "result", first.Result, Desk));
        Assert.Equal("store-entry-tampered", tampered.Code);
        Assert.Contains("đã bị thay đổi", tampered.Message);

        var revokedDossier = await IssuedAsync();
        await _h.Engine.RevokeResultAsync(revokedDossier.Dossier, revokedDossier.Result, "Cấp sai số thửa đất", Leader);
        var revoked = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(second, "giay-phep", "result", revokedDossier.Result, Desk));
        Assert.Equal("store-entry-revoked", revoked.Code);
        Assert.Contains("Cấp sai số thửa đất", revoked.Message);
    }

    [Fact]
    public async Task Another_holders_store_is_neither_offered_nor_usable_and_a_dossier_proves_its_holder_only_once_identified()
    {
        var first = await IssuedAsync();
        var stranger = await NewDossierAsync("001190000002");

        var view = (await _store.ForDossierAsync(stranger))!;
        Assert.Empty(view.Entries);
        Assert.Empty(Assert.Single(view.Offers).Entries);
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => _h.Engine.ReuseFromStoreAsync(stranger, "giay-phep", "result", first.Result, Desk));
        Assert.Equal(("store-entry-not-found", WorkflowErrorKind.NotFound), (refused.Code, refused.Kind));

        // The first dossier was filed online and accepted by the desk: its code and secret prove the holder.
        Assert.Equal(new StoreHolder(first.Dossier, Holder, "Lê Văn Cường"), await _store.ProvenHolderAsync(first.Code.ToLowerInvariant(), first.Secret));
        Assert.Null(await _store.ProvenHolderAsync(first.Code, "sai-ma-tra-cuu"));
        var unverified = await _h.Engine.ReceiveAsync(new ReceiveDossier("result-term", Channel.Online, Unit, new ApplicantInfo("Ai đó", Holder, "0903000000"),
            new Dictionary<string, object?> { ["permitNumber"] = "1" }), Actor.Citizen("Ai đó"));
        Assert.Null(await _store.ProvenHolderAsync(unverified.Code, unverified.TrackingSecret));

        await _h.Engine.RecordStoreViewAsync(first.Dossier, StoreAccessVia.Tracking, [first.Result], Actor.Citizen("Lê Văn Cường"));
        var viewed = (await _h.JournalAsync(first.Dossier)).Single(j => j.Command == JournalKinds.StoreViewed).DetailAs<StoreViewedDetail>()!;
        Assert.Equal(StoreAccessVia.Tracking, viewed.Via);
        Assert.Equal(first.Result, Assert.Single(viewed.Entries));
    }

    [Fact]
    public async Task A_store_type_naming_no_result_is_refused_by_the_loader_with_WF092()
    {
        var root = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures-wf092");
        var json = JObject.Parse(File.ReadAllText(TestProcedures.File("result-term")));
        ((JObject)json["documents"]![1]!)["fromStore"] = new JArray("result-term/giay-phep-cu");
        _folder.Write(Path.Combine("procedures-wf092", "result-term", "v1.json"), json.ToString());

        var problem = Assert.Single(ProceduresWorkspace.Load(root).Problems, p => p.Code == ProblemCodes.StoreTypeUnknown);
        Assert.Contains("giay-phep-gia-han", problem.Message);
        Assert.Equal("$.documents[1].fromStore[0]", problem.JsonPath);
    }
}
