using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Receiving at the desk, online and by post; the desk's three answers; dossier codes.</summary>
public class IntakeTests
{
    private static readonly Dictionary<string, object?> HouseholdData = new() { ["businessName"] = "Tạp hóa Minh Thư", ["members"] = 1 };

    [Fact]
    public async Task An_online_submission_waits_for_the_desk_and_its_clock_starts_only_when_accepted()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var submitted = await h.Engine.ReceiveAsync(new ReceiveDossier("business-household-registration", Channel.Online, "p-hoa-an",
            new ApplicantInfo("Lê Văn Hùng", Phone: "0987654321"), HouseholdData), Actor.Citizen("Lê Văn Hùng"));

        Assert.Equal(1, submitted.StatusCode);
        Assert.Null(submitted.Appointment);
        var check = Assert.Single(await h.OpenItemsAsync(submitted.DossierId));
        Assert.Equal((WorkItemKind.IntakeCheck, "p-hoa-an", "desk-officer"), (check.Kind, check.UnitId, check.Role));

        h.SetLocal(2026, 3, 3, 9, 0);
        var accepted = await h.Engine.AcceptAsync(submitted.DossierId, EngineHarness.Officer("p-hoa-an", "desk-officer"));

        Assert.Equal(2, accepted.StatusCode);
        // 3 working days counted from Wednesday 04/03: due at the close of Friday 06/03.
        Assert.Equal(EngineHarness.Local(2026, 3, 6, 17, 0), accepted.DueAt);
        var dossier = await h.DossierAsync(submitted.DossierId);
        Assert.Equal(EngineHarness.Local(2026, 3, 3, 9, 0).UtcDateTime, dossier.AcceptedAt);
    }

    [Fact]
    public async Task Asking_to_complete_leaves_the_dossier_unaccepted_until_it_comes_back()
    {
        await using var h = await EngineHarness.StartAsync();
        var desk = EngineHarness.Officer("p-hoa-an", "desk-officer");
        var submitted = await h.Engine.ReceiveAsync(new ReceiveDossier("business-household-registration", Channel.Online, "p-hoa-an",
            new ApplicantInfo("Lê Văn Hùng", Email: "hung@example.vn"), HouseholdData), Actor.Citizen("Lê Văn Hùng"));

        var asked = await h.Engine.AskToCompleteAsync(submitted.DossierId, ["Bản sao giấy tờ pháp lý của chủ hộ"], "Ảnh chụp không đọc được", desk);
        Assert.Equal(1, asked.StatusCode);
        var dossier = await h.DossierAsync(submitted.DossierId);
        Assert.Equal((DossierState.AwaitingCompletion, (DateTime?)null, (DateTime?)null), (dossier.State, dossier.AcceptedAt, dossier.DueAt));
        await using (var db = h.Database.Create())
        {
            var message = await db.Outbox.SingleAsync(m => m.DossierId == submitted.DossierId && m.Topic == "dossier-incomplete");
            Assert.Contains("Bản sao giấy tờ pháp lý của chủ hộ", message.Body);
            // The tracking secret is known only when the dossier is received: the first message carries it, later ones cannot.
            var first = await db.Outbox.SingleAsync(m => m.DossierId == submitted.DossierId && m.Topic == "dossier-submitted");
            Assert.Contains($"Mã tra cứu hồ sơ: {submitted.TrackingSecret}", first.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(submitted.TrackingSecret, message.Body, StringComparison.Ordinal);
        }

        await h.Engine.ResubmitAsync(submitted.DossierId, [new ReceivedDocument("giay-to-phap-ly", CertifiedCopies: 1)], Actor.Citizen("Lê Văn Hùng"));
        var accepted = await h.Engine.AcceptAsync(submitted.DossierId, desk);
        Assert.Equal(2, accepted.StatusCode);
    }

    [Fact]
    public async Task Refusing_at_intake_needs_a_reason_and_gives_status_3()
    {
        await using var h = await EngineHarness.StartAsync();
        var submitted = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", HouseholdData, IntakeDecision.Pending);
        var desk = EngineHarness.Officer("p-hoa-an", "desk-officer");

        var error = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.RefuseIntakeAsync(submitted.DossierId, " ", desk));
        Assert.Equal(("reason", WorkflowErrorKind.Invalid), (error.Field, error.Kind));

        var refused = await h.Engine.RefuseIntakeAsync(submitted.DossierId, "Ngành nghề kinh doanh bị cấm", desk);
        Assert.Equal(3, refused.StatusCode);
        Assert.Empty(await h.OpenItemsAsync(submitted.DossierId));
    }

    [Fact]
    public async Task A_postal_dossier_counts_as_filed_when_the_handover_record_was_signed()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 4, 10, 0));
        var handover = EngineHarness.Local(2026, 3, 2, 15, 30);
        var received = await h.Engine.ReceiveAsync(new ReceiveDossier("business-household-registration", Channel.Post, "p-hoa-an",
            new ApplicantInfo("Phạm Thu Trang"), HouseholdData, FiledAt: handover, PostalWaybill: "EE123456785VN"), EngineHarness.Officer("p-hoa-an", "desk-officer"));
        var accepted = await h.Engine.AcceptAsync(received.DossierId, EngineHarness.Officer("p-hoa-an", "desk-officer"));

        Assert.Contains("-260302-", received.Code);
        Assert.Equal(EngineHarness.Local(2026, 3, 5, 17, 0), accepted.DueAt);
    }

    [Fact]
    public async Task Dossier_codes_number_each_agency_day_from_0001()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var first = await h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an");
        var second = await h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an");
        var otherCommune = await h.ReceiveAtDeskAsync("signature-certification", "x-tan-phu-my");
        h.SetLocal(2026, 3, 3, 8, 0);
        var nextDay = await h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an");

        Assert.EndsWith("-260302-0001", first.Code);
        Assert.EndsWith("-260302-0002", second.Code);
        Assert.EndsWith("-260302-0001", otherCommune.Code);
        Assert.NotEqual(first.Code.Split('-')[0], otherCommune.Code.Split('-')[0]);
        Assert.EndsWith("-260303-0001", nextDay.Code);
    }

    [Fact]
    public async Task Concurrent_receptions_get_distinct_codes()
    {
        await using var h = await EngineHarness.StartAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an"))));

        Assert.Equal(20, results.Select(r => r.Code).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("0000")), results.Select(r => r.Code[^4..]).Order());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_at_fault_and_nothing_is_written()
    {
        await using var h = await EngineHarness.StartAsync();
        var desk = EngineHarness.Officer("p-hoa-an", "desk-officer");
        async Task<WorkflowException> Refused(ReceiveDossier command, Actor? actor = null) =>
            await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ReceiveAsync(command, actor ?? desk));
        var applicant = new ApplicantInfo("Lê Văn Hùng");

        Assert.Equal("data.members", (await Refused(new ReceiveDossier("business-household-registration", Channel.Desk, "p-hoa-an", applicant, new Dictionary<string, object?> { ["businessName"] = "X" }))).Field);
        Assert.Equal("data.members", (await Refused(new ReceiveDossier("business-household-registration", Channel.Desk, "p-hoa-an", applicant, new Dictionary<string, object?> { ["businessName"] = "X", ["members"] = "nhiều" }))).Field);
        Assert.Equal("data.colour", (await Refused(new ReceiveDossier("business-household-registration", Channel.Desk, "p-hoa-an", applicant, new Dictionary<string, object?> { ["colour"] = "đỏ" }))).Field);
        Assert.Equal("channel", (await Refused(new ReceiveDossier("signature-certification", Channel.Online, "p-hoa-an", applicant))).Field);
        Assert.Equal("receivingUnitId", (await Refused(new ReceiveDossier("signature-certification", Channel.Desk, "cn-vpdk-hoa-an", applicant))).Field);
        Assert.Equal("procedureId", (await Refused(new ReceiveDossier("no-such-procedure", Channel.Desk, "p-hoa-an", applicant))).Field);
        Assert.Equal("applicant.name", (await Refused(new ReceiveDossier("signature-certification", Channel.Desk, "p-hoa-an", new ApplicantInfo(" ")))).Field);
        Assert.Equal(WorkflowErrorKind.Forbidden, (await Refused(new ReceiveDossier("signature-certification", Channel.Desk, "p-hoa-an", applicant), EngineHarness.Officer("x-tan-phu-my", "desk-officer"))).Kind);

        await using var db = h.Database.Create();
        Assert.Equal(0, await db.Dossiers.CountAsync());
        Assert.Equal(0, await db.Journal.CountAsync());
    }

    [Fact]
    public async Task Dossiers_received_before_the_reform_go_to_the_district_and_after_it_to_the_commune()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2025, 6, 2, 8, 0));
        var before = await h.ReceiveAtDeskAsync("business-household-registration", "tx-hoa-an", HouseholdData);
        await h.CompleteAsync(before.DossierId, "receive", "transfer");
        Assert.Equal("tx-hoa-an-tckh", (await h.SingleOpenTaskAsync(before.DossierId, "review")).UnitId);

        h.SetLocal(2025, 7, 1, 8, 0);
        var after = await h.ReceiveAtDeskAsync("business-household-registration", "x-tan-phu-my", HouseholdData);
        await h.CompleteAsync(after.DossierId, "receive", "transfer");
        Assert.Equal("x-tan-phu-my-kt", (await h.SingleOpenTaskAsync(after.DossierId, "review")).UnitId);
        Assert.Equal(2, (await h.DossierAsync(after.DossierId)).ProcedureVersion);
    }
}
