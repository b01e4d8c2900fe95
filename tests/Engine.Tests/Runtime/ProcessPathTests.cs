using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Journal;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Every sample procedure driven through its paths, with the status code checked at each step.</summary>
public class ProcessPathTests
{
    private static async Task<int> Status(EngineHarness h, Guid id) => (await h.DossierAsync(id)).StatusCode;

    [Fact]
    public async Task A_rework_loop_returns_the_dossier_to_the_earlier_step_and_then_finishes()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 3, ["copies"] = 2 });

        await h.CompleteAsync(d.DossierId, "check", "approve");
        var error = await Assert.ThrowsAsync<WorkflowException>(() => h.CompleteAsync(d.DossierId, "sign", "rework"));
        Assert.Equal("comment", error.Field);
        await h.CompleteAsync(d.DossierId, "sign", "rework", "Bản sao thiếu trang 3");
        Assert.Equal(2, await Status(h, d.DossierId));
        await h.CompleteAsync(d.DossierId, "check", "approve");
        await h.CompleteAsync(d.DossierId, "sign", "sign");
        Assert.Equal(9, await Status(h, d.DossierId));
        await h.CompleteAsync(d.DossierId, "return", "returned");

        var dossier = await h.DossierAsync(d.DossierId);
        Assert.Equal((10, DossierState.Returned, (Punctuality?)Punctuality.OnTime), (dossier.StatusCode, dossier.State, dossier.FinishPunctuality));
        var journal = await h.JournalAsync(d.DossierId);
        Assert.Equal(2, journal.Count(j => j.Command == "complete" && j.StepId == "check"));
        Assert.Contains(journal, j => j.Command == "complete" && j.Reason == "Bản sao thiếu trang 3");
    }

    [Fact]
    public async Task Bulk_certification_uses_the_two_working_day_alternative()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 4, 29, 9, 0));
        var d = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 40, ["copies"] = 30, ["bulk"] = true });

        // Wednesday 29/04/2026 + 2 working days: 30/04 and 01/05 are holidays and 2-3/05 a weekend.
        Assert.Equal(EngineHarness.Local(2026, 5, 5, 17, 0), d.Appointment);
    }

    [Fact]
    public async Task A_same_day_procedure_received_after_three_pm_is_due_the_next_working_day()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 6, 15, 20));
        var friday = await h.ReceiveAtDeskAsync("signature-certification", "x-tan-phu-my");
        Assert.Equal(EngineHarness.Local(2026, 3, 9, 17, 0), friday.Appointment);

        // Phường Hòa An also opens its desk on Saturday mornings, but reception hours are not statutory working time.
        var wardDesk = await h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an");
        Assert.Equal(EngineHarness.Local(2026, 3, 9, 17, 0), wardDesk.Appointment);
    }

    [Fact]
    public async Task A_refusal_during_processing_ends_the_dossier_with_status_8()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("signature-certification", "p-hoa-an");
        await h.CompleteAsync(d.DossierId, "witness", "refuse", "Người yêu cầu không xuất trình giấy tờ tùy thân");

        var dossier = await h.DossierAsync(d.DossierId);
        Assert.Equal((8, DossierState.Rejected), (dossier.StatusCode, dossier.State));
        await using var db = h.Database.Create();
        Assert.Equal(0, await db.Timers.CountAsync(t => t.DossierId == d.DossierId && t.Status == TimerStatus.Pending));
    }

    [Fact]
    public async Task Consultation_with_join_any_continues_at_the_first_answer_and_closes_the_other_branch()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", new Dictionary<string, object?> { ["businessName"] = "Quán cơm An", ["members"] = 2 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "review", "verify-location");

        var branches = await h.OpenItemsAsync(d.DossierId);
        Assert.Equal(["verify-economic-office", "verify-land-officer"], branches.Select(b => b.StepId).Order());
        var slow = branches.Single(b => b.StepId == "verify-economic-office");
        await h.CompleteAsync(d.DossierId, "verify-land-officer", "confirmed");

        var review = await h.SingleOpenTaskAsync(d.DossierId, "review");
        Assert.Equal("p-hoa-an-kt", review.UnitId);
        // The slower office's answer is kept as a late contribution; the flow does not move again.
        await h.Engine.CompleteAsync(new CompleteTask(slow.Id, "confirmed", "Địa điểm đúng như đăng ký"), EngineHarness.Officer(slow.UnitId!, slow.Role!));
        Assert.Equal([review.Id], (await h.OpenItemsAsync(d.DossierId)).Select(i => i.Id));
        var journal = await h.JournalAsync(d.DossierId);
        Assert.Single(journal, j => j.Command == "late-contribution" && j.WorkItemId == slow.Id && j.Reason == "Địa điểm đúng như đăng ký");
        Assert.Single(journal, j => j.Command == "branch-closed" && j.WorkItemId == slow.Id);
        Assert.Single(journal, j => j.Command == "handoff" && j.StepId == "review" && j.Sequence > journal.First(x => x.Command == "fork").Sequence);

        await h.CompleteAsync(d.DossierId, "review", "approve");
        await h.CompleteAsync(d.DossierId, "approve", "sign");
        await h.CompleteAsync(d.DossierId, "return", "returned");
        Assert.Equal(10, await Status(h, d.DossierId));
    }

    [Fact]
    public async Task Consultation_with_join_count_continues_after_two_of_three_answers()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my",
            new Dictionary<string, object?> { ["floorArea"] = 320, ["floors"] = 4, ["heritageZone"] = true });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "review", "approve");

        var branches = await h.OpenItemsAsync(d.DossierId);
        Assert.Equal(["cn-vpdk-hoa-an", "so-xay-dung", "x-tan-phu-my"], branches.Select(b => b.UnitId).Order());
        await h.CompleteAsync(d.DossierId, "consult-land", "opinion");
        Assert.Equal(2, (await h.OpenItemsAsync(d.DossierId)).Count);
        await h.CompleteAsync(d.DossierId, "consult-construction", "opinion");

        var open = await h.OpenItemsAsync(d.DossierId);
        Assert.Equal("head-review", Assert.Single(open).StepId);
        var journal = await h.JournalAsync(d.DossierId);
        Assert.Contains(journal, j => j.Command == "decision" && j.DetailJson!.Contains("consult-agencies"));
        Assert.Single(journal, j => j.Command == "branch-closed");
    }

    [Fact]
    public async Task Without_a_reason_to_consult_the_decision_goes_straight_to_the_head()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my",
            new Dictionary<string, object?> { ["floorArea"] = 120, ["floors"] = 2, ["heritageZone"] = false });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "review", "approve");
        Assert.Equal("head-review", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);
    }

    [Fact]
    public async Task Consultation_with_join_all_waits_for_every_answer()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2024, 10, 7, 8, 0));
        var d = await h.ReceiveAtDeskAsync("building-permit-house", "tx-hoa-an", new Dictionary<string, object?> { ["floorArea"] = 200, ["floors"] = 3 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        Assert.Equal("tx-hoa-an-ktht", (await h.SingleOpenTaskAsync(d.DossierId, "review")).UnitId);
        await h.CompleteAsync(d.DossierId, "review", "consult");
        await h.CompleteAsync(d.DossierId, "consult-land", "opinion");
        Assert.Equal("consult-construction", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);
        await h.CompleteAsync(d.DossierId, "consult-construction", "opinion");
        Assert.Equal("review", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);

        await h.CompleteAsync(d.DossierId, "review", "approve");
        await h.CompleteAsync(d.DossierId, "head-review", "submit");
        await h.CompleteAsync(d.DossierId, "sign", "sign");
        await h.CompleteAsync(d.DossierId, "return", "returned");
        Assert.Equal(10, await Status(h, d.DossierId));
    }

    [Fact]
    public async Task The_land_certificate_crosses_four_units_and_pauses_its_clock_while_the_citizen_pays()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 125, tờ 7", ["area"] = 85.5 });
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0), d.Appointment);

        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "branch-review", "approve");
        await h.CompleteAsync(d.DossierId, "branch-head", "send");
        Assert.Equal("thue-hoa-an", (await h.SingleOpenTaskAsync(d.DossierId, "tax-assessment")).UnitId);
        await h.CompleteAsync(d.DossierId, "tax-assessment", "notify");

        var waiting = await h.DossierAsync(d.DossierId);
        Assert.Equal((6, (DateTime?)null), (waiting.StatusCode, waiting.DueAt));
        h.SetLocal(2026, 3, 9, 8, 0);
        await h.Engine.PaymentConfirmedAsync(d.DossierId, "BL-0001234", EngineHarness.Officer("x-tan-phu-my", "desk-officer"));

        // Paused from Mon 02/03 08:00 (all steps done the same morning) to Mon 09/03 08:00: five working days added.
        var resumed = await h.DossierAsync(d.DossierId);
        Assert.Equal(4, resumed.StatusCode);
        Assert.Equal(EngineHarness.Local(2026, 3, 23, 17, 0).UtcDateTime, resumed.DueAt);

        await h.CompleteAsync(d.DossierId, "branch-update", "submit");
        await h.CompleteAsync(d.DossierId, "branch-check", "submit");
        Assert.Equal("vpdk-tinh", (await h.SingleOpenTaskAsync(d.DossierId, "registry-sign")).UnitId);
        await h.CompleteAsync(d.DossierId, "registry-sign", "sign");
        await h.CompleteAsync(d.DossierId, "return", "returned");

        var journal = await h.JournalAsync(d.DossierId);
        var handoffs = journal.Where(j => j.Command == "handoff").Select(j => (j.HandoffFromUnitId, j.HandoffToUnitId)).ToList();
        Assert.Equal(
            [("x-tan-phu-my", "cn-vpdk-hoa-an"), ("cn-vpdk-hoa-an", "cn-vpdk-hoa-an"), ("cn-vpdk-hoa-an", "thue-hoa-an"),
             ("thue-hoa-an", "cn-vpdk-hoa-an"), ("cn-vpdk-hoa-an", "cn-vpdk-hoa-an"), ("cn-vpdk-hoa-an", "vpdk-tinh"), ("vpdk-tinh", "x-tan-phu-my")],
            handoffs);
        Assert.Equal(10, await Status(h, d.DossierId));
    }

    [Fact]
    public async Task A_supplement_request_waits_with_status_5_and_restarts_the_statutory_time_when_answered()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("business-household-registration", "p-hoa-an", new Dictionary<string, object?> { ["businessName"] = "Tiệm may Hoa", ["members"] = 1 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        await h.CompleteAsync(d.DossierId, "review", "supplement", "Thiếu bản sao căn cước của chủ hộ");

        var waiting = await h.DossierAsync(d.DossierId);
        Assert.Equal((5, (DateTime?)null), (waiting.StatusCode, waiting.DueAt));
        await using (var db = h.Database.Create())
        {
            Assert.Equal(0, await db.Timers.CountAsync(t => t.DossierId == d.DossierId && t.WorkItemId == null && t.Status == TimerStatus.Pending));
        }

        h.SetLocal(2026, 3, 10, 14, 0);
        await h.Engine.SupplementReceivedAsync(d.DossierId, [new ReceivedDocument("giay-to-phap-ly", CertifiedCopies: 1)], null, EngineHarness.Officer("p-hoa-an", "desk-officer"));

        // Counted again in full from Tuesday 10/03: 11, 12, 13/03 → Friday 13/03 17:00.
        var resumed = await h.DossierAsync(d.DossierId);
        Assert.Equal((4, EngineHarness.Local(2026, 3, 13, 17, 0).UtcDateTime), (resumed.StatusCode, resumed.DueAt));
        Assert.Equal(resumed.DueAt, resumed.AppointmentAt);
        Assert.Equal("review", Assert.Single(await h.OpenItemsAsync(d.DossierId)).StepId);

        var again = await Assert.ThrowsAsync<WorkflowException>(() => h.CompleteAsync(d.DossierId, "review", "supplement", "Thêm giấy tờ khác"));
        Assert.Equal("supplement-once", again.Code);
    }

    [Fact]
    public async Task Withdrawal_and_stop_close_everything_with_status_7_and_8()
    {
        await using var h = await EngineHarness.StartAsync();
        var withdrawn = await h.ReceiveAtDeskAsync("certified-copy", "p-hoa-an", new Dictionary<string, object?> { ["pages"] = 1, ["copies"] = 1 });
        var result = await h.Engine.WithdrawAsync(withdrawn.DossierId, "Công dân không cần nữa", EngineHarness.Officer("p-hoa-an", "desk-officer"));
        Assert.Equal(7, result.StatusCode);
        Assert.Empty(await h.OpenItemsAsync(withdrawn.DossierId));

        var stopped = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.CompleteAsync(stopped.DossierId, "receive", "transfer");
        var forbidden = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.StopAsync(stopped.DossierId, "Đất đang tranh chấp", EngineHarness.Officer("cn-vpdk-hoa-an", "specialist")));
        Assert.Equal(WorkflowErrorKind.Forbidden, forbidden.Kind);
        var stop = await h.Engine.StopAsync(stopped.DossierId, "Đất đang tranh chấp", EngineHarness.Officer("cn-vpdk-hoa-an", "head"));
        Assert.Equal(8, stop.StatusCode);
        var journal = await h.JournalAsync(stopped.DossierId);
        Assert.Equal(("stop", "cn-vpdk-hoa-an", "head"), (journal[^1].Command, journal[^1].ActorUnitId, journal[^1].ActorRole));
    }

    [Fact]
    public async Task Only_officers_of_the_tasks_unit_and_role_may_act_on_it()
    {
        await using var h = await EngineHarness.StartAsync();
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var task = await h.SingleOpenTaskAsync(d.DossierId, "branch-review");

        var otherBranch = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), EngineHarness.Officer("cn-vpdk-song-xanh", "specialist")));
        var wrongRole = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), EngineHarness.Officer("cn-vpdk-hoa-an", "desk-officer")));
        Assert.Equal((WorkflowErrorKind.Forbidden, WorkflowErrorKind.Forbidden), (otherBranch.Kind, wrongRole.Kind));

        var specialist = EngineHarness.Officer("cn-vpdk-hoa-an", "specialist");
        await h.Engine.ClaimAsync(task.Id, specialist);
        var colleague = EngineHarness.SecondOfficer("cn-vpdk-hoa-an", "specialist");
        var held = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), colleague));
        Assert.Equal("held-by-another", held.Code);

        await h.Engine.AssignAsync(task.Id, colleague.Id, EngineHarness.Officer("cn-vpdk-hoa-an", "head"));
        await h.Engine.CompleteAsync(new CompleteTask(task.Id, "approve"), colleague);
        var journal = await h.JournalAsync(d.DossierId);
        Assert.Equal(["claim", "assign", "complete"], journal.Where(j => j.WorkItemId == task.Id && j.Command != "handoff").Select(j => j.Command));
    }

    [Fact]
    public async Task The_late_unit_may_set_a_new_appointment_only_once()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var head = EngineHarness.Officer("cn-vpdk-hoa-an", "head");

        h.SetLocal(2026, 3, 13, 10, 0);
        var apology = await h.Engine.ApologiseAsync(d.DossierId, EngineHarness.Local(2026, 3, 20, 17, 0), "Phải đo đạc lại thửa đất", head);
        Assert.Equal(EngineHarness.Local(2026, 3, 20, 17, 0), apology.DueAt);
        var dossier = await h.DossierAsync(d.DossierId);
        Assert.True(dossier.Rescheduled);

        var second = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ApologiseAsync(d.DossierId, EngineHarness.Local(2026, 3, 27, 17, 0), "Lại chậm", head));
        Assert.Equal("reschedule-once", second.Code);
        await using var db = h.Database.Create();
        // One apology to the citizen, kept as one outbox message per channel (email, text message).
        var apologies = await db.Outbox.Where(m => m.DossierId == d.DossierId && m.Topic == "dossier-apology" && m.RecipientKind == RecipientKind.Citizen).ToListAsync();
        Assert.Equal(["minhthu@example.vn", "0912345678"], apologies.OrderBy(m => m.Email is null).Select(m => m.Email ?? m.Phone));
    }

    [Fact]
    public async Task The_apology_window_opens_one_working_day_before_the_latest_lawful_instant()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", new Dictionary<string, object?> { ["parcel"] = "Thửa 9", ["area"] = 60 });
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        var head = EngineHarness.Officer("cn-vpdk-hoa-an", "head");
        // Due Monday 16/03 17:00; three working hours more make it Tuesday 17/03 10:00. The apology is
        // due by Monday 16/03 10:00 (one working day before) and may be sent from Friday 13/03 10:00.
        h.SetLocal(2026, 3, 10, 9, 0);
        var extended = await h.Engine.ExtendAsync(d.DossierId, Duration.WorkingHours(3), "Chờ kết quả đo đạc", head);
        Assert.Equal(EngineHarness.Local(2026, 3, 17, 10, 0), extended.DueAt);

        h.SetLocal(2026, 3, 13, 9, 59);
        var early = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ApologiseAsync(d.DossierId, EngineHarness.Local(2026, 3, 24, 17, 0), "Phải đo đạc lại thửa đất", head));
        Assert.Equal("apology-too-early", early.Code);
        Assert.Contains("từ 13/03/2026 10:00", early.Message, StringComparison.Ordinal);

        h.SetLocal(2026, 3, 13, 10, 0);
        await h.Engine.ApologiseAsync(d.DossierId, EngineHarness.Local(2026, 3, 24, 17, 0), "Phải đo đạc lại thửa đất", head);
        var detail = (await h.JournalAsync(d.DossierId)).Single(j => j.Command == JournalKinds.Apologise).DetailJson!;
        Assert.Contains("\"latestAllowed\":\"2026-03-16T03:00:00Z\"", detail, StringComparison.Ordinal);
        Assert.Contains("\"issuedInTime\":true", detail, StringComparison.Ordinal);
    }
}
