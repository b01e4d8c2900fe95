using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Audit;
using Workflow.Engine.Reporting;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// A consultation of three agencies (2 of 3 suffice) with a deadline of 2 working days, on the
/// test procedure <c>consultation-deadline</c>: what its passing does as the definition says, and
/// answers that come after their branch was closed, kept without moving the dossier.
/// </summary>
public class ConsultationDeadlineTests : IDisposable
{
    private const string Asking = "x-tan-phu-my-kt";
    private readonly TemporaryFolder _folder = new("wf-consultation");

    /// <summary>
    /// Received Thursday 26/02/2026 08:00 at Tân Phú Mỹ; the economic office asks for opinions at 09:00.
    /// The deadline is 2 working days from then: Friday 27/02 and Monday 02/03, so Monday 17:00.
    /// </summary>
    private async Task<(EngineHarness Harness, Guid Dossier)> ConsultingAsync(Action<Newtonsoft.Json.Linq.JObject>? change = null)
    {
        var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 2, 26, 8, 0), ConsultationProcedure.Workspace(_folder, change));
        var d = await h.ReceiveAtDeskAsync(ConsultationProcedure.Id, "x-tan-phu-my");
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        h.SetLocal(2026, 2, 26, 9, 0);
        await h.CompleteAsync(d.DossierId, "review", "consult");
        return (h, d.DossierId);
    }

    private static async Task<List<TimerRecord>> ConsultationTimersAsync(EngineHarness h, Guid dossier)
    {
        await using var db = h.Database.Create();
        return await db.Timers.AsNoTracking().Where(t => t.DossierId == dossier && t.Kind == TimerKind.ConsultationDeadline).ToListAsync();
    }

    private static async Task<JoinRecord> JoinAsync(EngineHarness h, Guid dossier)
    {
        await using var db = h.Database.Create();
        return await db.Joins.AsNoTracking().SingleAsync(j => j.DossierId == dossier);
    }

    private static async Task<List<string>> TopicsAsync(EngineHarness h, Guid dossier, string topic)
    {
        await using var db = h.Database.Create();
        return await db.Outbox.AsNoTracking().Where(m => m.DossierId == dossier && m.Topic == topic).Select(m => m.RecipientId!).ToListAsync();
    }

    [Fact]
    public async Task The_deadline_is_counted_in_working_time_and_journaled_with_the_fork()
    {
        var (h, dossier) = await ConsultingAsync();
        await using var _ = h;

        var fork = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.Fork).DetailAs<ForkDetail>()!;
        Assert.Equal(EngineHarness.Local(2026, 3, 2, 17, 0).UtcDateTime, fork.Deadline);
        Assert.Equal(ConsultationDeadlineEffect.AssumeAgreement, fork.OnDeadline);
        var timer = Assert.Single(await ConsultationTimersAsync(h, dossier));
        Assert.Equal((fork.Deadline, TimerStatus.Pending), (timer.DueAt, timer.Status));
        Assert.Equal(Asking, (await JoinAsync(h, dossier)).AskingUnitId);
    }

    [Fact]
    public async Task A_third_answer_after_two_of_three_is_kept_as_a_late_contribution_without_moving_the_dossier()
    {
        var (h, dossier) = await ConsultingAsync();
        await using var _ = h;
        var landOfficer = await h.SingleOpenTaskAsync(dossier, "consult-land-officer");
        h.SetLocal(2026, 2, 27, 10, 0);
        await h.CompleteAsync(dossier, "consult-land", "opinion", "Thửa đất không có tranh chấp");
        await h.CompleteAsync(dossier, "consult-construction", "opinion");
        var head = await h.SingleOpenTaskAsync(dossier, "head-review");
        Assert.Equal(TimerStatus.Cancelled, Assert.Single(await ConsultationTimersAsync(h, dossier)).Status);
        var before = await h.DossierAsync(dossier);

        // Tuesday 03/03: the commune's land officer answers, a day after the branch's due (Monday 17:00).
        h.SetLocal(2026, 3, 3, 9, 0);
        var stranger = await Assert.ThrowsAsync<WorkflowException>(() =>
            h.Engine.CompleteAsync(new CompleteTask(landOfficer.Id, "opinion", "Ý kiến"), EngineHarness.Officer("x-song-xanh", "land-officer")));
        Assert.Equal(WorkflowErrorKind.Forbidden, stranger.Kind);
        const string text = "Thửa đất nằm trong hành lang an toàn giao thông; đề nghị lùi tường rào 2 m.";
        await h.Engine.CompleteAsync(new CompleteTask(landOfficer.Id, "opinion", text, ["upload-y-kien-dia-chinh"]), EngineHarness.Officer("x-tan-phu-my", "land-officer"));

        var after = await h.DossierAsync(dossier);
        Assert.Equal((before.State, before.StatusCode, before.DueAt), (after.State, after.StatusCode, after.DueAt));
        Assert.Equal([head.Id], (await h.OpenItemsAsync(dossier)).Select(i => i.Id));
        var journal = await h.JournalAsync(dossier);
        var late = Assert.Single(journal, j => j.Command == JournalKinds.LateContribution);
        Assert.Equal((text, (Guid?)landOfficer.Id, (int?)4, 4), (late.Reason, late.WorkItemId, late.FromStatus, late.ToStatus));
        Assert.Equal(("x-tan-phu-my", Asking, (Punctuality?)Punctuality.Late), (late.HandoffFromUnitId, late.HandoffToUnitId, late.HandoffPunctuality));
        var detail = late.DetailAs<LateContributionDetail>()!;
        Assert.Equal(("opinion", (Punctuality?)Punctuality.Late, "join-count"), (detail.Outcome, detail.Punctuality, detail.Closed));
        Assert.Equal(["upload-y-kien-dia-chinh"], detail.Attachments!);
        Assert.Equal(late.Sequence, journal[^1].Sequence);

        // Each agency's answer is a handoff back to the asking office; the office then hands the dossier on.
        var handoffs = (await new AuditQuery(h.Database).DossierHandoffsAsync(dossier))!;
        Assert.Contains(handoffs, l => (l.FromUnitId, l.ToUnitId, l.StepId, l.Punctuality) == ("cn-vpdk-hoa-an", Asking, "consult-land", Punctuality.Early));
        Assert.Contains(handoffs, l => (l.FromUnitId, l.ToUnitId, l.StepId, l.Punctuality) == ("so-xay-dung", Asking, "consult-construction", Punctuality.Early));
        Assert.Contains(handoffs, l => (l.FromUnitId, l.ToUnitId, l.StepId, l.Punctuality) == ("x-tan-phu-my", Asking, "consult-land-officer", Punctuality.Late));
        Assert.Contains(handoffs, l => (l.FromUnitId, l.ToUnitId, l.StepId) == (Asking, Asking, "head-review"));

        await using (var db = h.Database.Create())
        {
            var kept = await db.WorkItems.AsNoTracking().SingleAsync(i => i.Id == landOfficer.Id);
            Assert.Equal((WorkItemStatus.Cancelled, text, "opinion", (Punctuality?)Punctuality.Late), (kept.Status, kept.Comment, kept.OutcomeId, kept.Punctuality));
            Assert.Equal(EngineHarness.Local(2026, 3, 3, 9, 0).UtcDateTime, kept.AnsweredLateAt);
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.DossierId == dossier && m.Topic == "late-contribution" && m.RecipientId == Asking + "/specialist"));
        }

        // The control sheet has the late answer as a row, and the March report counts it against the commune.
        var sheet = (ControlSheetFormData)await new DossierFormBuilder(h.Database, h.Workspace.Current).BuildAsync(dossier, FormPurpose.ControlSheet);
        var row = Assert.Single(sheet.Handoffs, r => r.Note?.Contains(text, StringComparison.Ordinal) == true);
        Assert.Equal((EngineHarness.Officer("x-tan-phu-my", "land-officer").Name, (FormPunctuality?)FormPunctuality.Late), (row.Giver, row.Result));
        Assert.StartsWith("Ý kiến gửi sau khi đã đóng lấy ý kiến", row.Note, StringComparison.Ordinal);
        Assert.Equal(3, sheet.Handoffs.Count(r => r.ReceiverUnit == "Phòng Kinh tế xã Tân Phú Mỹ"));
        h.SetLocal(2026, 3, 3, 10, 0);
        var report = await new ReportService(h.Database, h.Workspace.Current, h.Clock).DossierReportAsync(new ReportRequest(ReportPeriod.Month(2026, 3)));
        Assert.Equal(1, report.UnitPunctuality.Single(r => r.UnitId == "x-tan-phu-my").Own.HandoffsLate);

        var again = await Assert.ThrowsAsync<WorkflowException>(() =>
            h.Engine.CompleteAsync(new CompleteTask(landOfficer.Id, "opinion", "Bổ sung"), EngineHarness.Officer("x-tan-phu-my", "land-officer")));
        Assert.Equal((WorkflowErrorKind.Conflict, "late-contribution-recorded"), (again.Kind, again.Code));
        Assert.True((await new JournalVerifier(h.Database).VerifyAsync()).IsIntact);

        // The late answer changed nothing: the dossier goes on and finishes as before.
        await h.CompleteAsync(dossier, "head-review", "submit");
        await h.CompleteAsync(dossier, "return", "returned");
        Assert.Equal(10, (await h.DossierAsync(dossier)).StatusCode);
    }

    [Fact]
    public async Task When_the_deadline_passes_silence_counts_as_agreement_and_the_dossier_goes_on()
    {
        var (h, dossier) = await ConsultingAsync();
        await using var _ = h;
        var construction = await h.SingleOpenTaskAsync(dossier, "consult-construction");
        h.SetLocal(2026, 2, 27, 10, 0);
        await h.CompleteAsync(dossier, "consult-land", "opinion");

        h.SetLocal(2026, 3, 2, 17, 5);
        var worker = h.TimerWorker();
        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        var journal = await h.JournalAsync(dossier);
        var passed = Assert.Single(journal, j => j.Command == JournalKinds.ConsultationDeadlinePassed).DetailAs<ConsultationDeadlinePassedDetail>()!;
        Assert.Equal(ConsultationDeadlineEffect.AssumeAgreement, passed.Effect);
        Assert.Equal([0, 2], passed.SilentBranches);
        Assert.Equal(["so-xay-dung", "x-tan-phu-my"], passed.SilentUnits.Order());
        Assert.Equal(2, journal.Count(j => j.Command == JournalKinds.BranchClosed && j.Reason!.Contains("coi như đồng ý", StringComparison.Ordinal)));
        var headReview = Assert.Single(await h.OpenItemsAsync(dossier));
        Assert.Equal(("head-review", Asking), (headReview.StepId, headReview.FromUnitId));
        Assert.Equal(4, (await h.DossierAsync(dossier)).StatusCode);
        Assert.NotNull((await JoinAsync(h, dossier)).CompletedAt);

        // Sở Xây dựng answers on Tuesday: kept, late, and the flow does not move a second time.
        h.SetLocal(2026, 3, 3, 8, 0);
        await h.Engine.CompleteAsync(new CompleteTask(construction.Id, "opinion", "Đồng ý về quy hoạch"), EngineHarness.Officer("so-xay-dung", "specialist"));
        var late = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.LateContribution);
        Assert.Equal(("deemed-agreed", (Punctuality?)Punctuality.Late), (late.DetailAs<LateContributionDetail>()!.Closed, late.HandoffPunctuality));
        Assert.Equal([headReview.Id], (await h.OpenItemsAsync(dossier)).Select(i => i.Id));
    }

    [Fact]
    public async Task An_escalation_tells_the_head_of_the_asking_office_and_the_branches_wait_on()
    {
        var (h, dossier) = await ConsultingAsync(ConsultationProcedure.OnDeadline("escalate", "head"));
        await using var _ = h;
        h.SetLocal(2026, 2, 27, 10, 0);
        await h.CompleteAsync(dossier, "consult-land", "opinion");

        h.SetLocal(2026, 3, 2, 17, 5);
        await h.TimerWorker().RunOnceAsync();

        var passed = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.ConsultationDeadlinePassed).DetailAs<ConsultationDeadlinePassedDetail>()!;
        Assert.Equal((ConsultationDeadlineEffect.Escalate, "head", Asking), (passed.Effect, passed.EscalatedTo, passed.AskingUnit));
        Assert.Equal([Asking + "/head"], await TopicsAsync(h, dossier, "consultation-overdue-escalation"));
        Assert.Equal(["consult-construction", "consult-land-officer"], (await h.OpenItemsAsync(dossier)).Select(i => i.StepId).Order());
        Assert.NotNull((await JoinAsync(h, dossier)).DeadlinePassedAt);

        // The second answer, after the deadline, still completes the consultation; it is late.
        h.SetLocal(2026, 3, 3, 8, 0);
        await h.CompleteAsync(dossier, "consult-construction", "opinion");
        var answer = (await h.JournalAsync(dossier)).Last(j => j.Command == JournalKinds.BranchArrived);
        Assert.Equal(("so-xay-dung", Asking, (Punctuality?)Punctuality.Late), (answer.HandoffFromUnitId, answer.HandoffToUnitId, answer.HandoffPunctuality));
        Assert.Equal("head-review", Assert.Single(await h.OpenItemsAsync(dossier)).StepId);
    }

    [Fact]
    public async Task Keeping_waiting_leaves_the_branches_open_and_the_consultation_overdue()
    {
        var (h, dossier) = await ConsultingAsync(ConsultationProcedure.OnDeadline("keep-waiting"));
        await using var _ = h;
        h.SetLocal(2026, 3, 2, 17, 5);
        await h.TimerWorker().RunOnceAsync();
        await h.TimerWorker().RunOnceAsync();

        var passed = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.ConsultationDeadlinePassed).DetailAs<ConsultationDeadlinePassedDetail>()!;
        Assert.Equal((ConsultationDeadlineEffect.KeepWaiting, (string?)null), (passed.Effect, passed.EscalatedTo));
        Assert.Equal([0, 1, 2], passed.SilentBranches);
        Assert.Equal(["cn-vpdk-hoa-an/specialist", "so-xay-dung/specialist", "x-tan-phu-my/land-officer"], (await TopicsAsync(h, dossier, "consultation-overdue")).Order());
        Assert.Equal(3, (await h.OpenItemsAsync(dossier)).Count);
        var join = await JoinAsync(h, dossier);
        Assert.Equal((EngineHarness.Local(2026, 3, 2, 17, 5).UtcDateTime, (DateTime?)null), (join.DeadlinePassedAt, join.CompletedAt));
        Assert.Equal(4, (await h.DossierAsync(dossier)).StatusCode);

        h.SetLocal(2026, 3, 4, 9, 0);
        await h.CompleteAsync(dossier, "consult-land", "opinion");
        await h.CompleteAsync(dossier, "consult-land-officer", "opinion");
        Assert.Equal("head-review", Assert.Single(await h.OpenItemsAsync(dossier)).StepId);
    }

    public void Dispose() => _folder.Dispose();
}
