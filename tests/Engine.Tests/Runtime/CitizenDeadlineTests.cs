using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Audit;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// The citizen's own deadline on a wait, on the test procedure <c>citizen-deadline</c>: a supplement
/// within 10 working days (reminded 3 days and 1 day before; the dossier is stopped when it passes)
/// and the appraisal fee within 5 working days (reminded 1 day before; the dossier is returned).
/// Received Monday 02/03/2026 08:00 at Tân Phú Mỹ; the economic office decides at 09:00.
/// </summary>
public class CitizenDeadlineTests : IDisposable
{
    private const string Id = "citizen-deadline";
    private const string Commune = "x-tan-phu-my";
    private readonly TemporaryFolder _folder = new("wf-citizen-deadline");

    public void Dispose() => _folder.Dispose();

    private async Task<(EngineHarness Harness, Guid Dossier)> ReviewedAsync(string outcome, string? comment = null)
    {
        var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, Id));
        var d = await h.ReceiveAtDeskAsync(Id, Commune);
        await h.CompleteAsync(d.DossierId, "receive", "transfer");
        h.SetLocal(2026, 3, 2, 9, 0);
        await h.CompleteAsync(d.DossierId, "review", outcome, comment);
        return (h, d.DossierId);
    }

    private static async Task<List<TimerRecord>> CitizenTimersAsync(EngineHarness h, Guid dossier)
    {
        await using var db = h.Database.Create();
        return await db.Timers.AsNoTracking()
            .Where(t => t.DossierId == dossier && (t.Kind == TimerKind.CitizenReminder || t.Kind == TimerKind.CitizenDeadline))
            .OrderBy(t => t.DueAt).ToListAsync();
    }

    private static async Task<List<OutboxMessageRecord>> MessagesAsync(EngineHarness h, Guid dossier, string topic)
    {
        await using var db = h.Database.Create();
        return await db.Outbox.AsNoTracking().Where(m => m.DossierId == dossier && m.Topic == topic).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    [Fact]
    public async Task A_linked_dossier_stopped_by_its_citizen_deadline_lets_its_waiting_parent_go_on()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0), TestProcedures.Workspace(_folder, ["citizen-deadline-parent", Id]));
        var parent = await h.ReceiveAtDeskAsync("citizen-deadline-parent", Commune);
        await h.CompleteAsync(parent.DossierId, "receive", "transfer");
        Guid child;
        await using (var db = h.Database.Create())
        {
            child = (await db.DossierLinks.AsNoTracking().SingleAsync(l => l.ParentDossierId == parent.DossierId)).ChildDossierId;
        }

        await h.CompleteAsync(child, "receive", "transfer");
        h.SetLocal(2026, 3, 2, 9, 0);
        await h.CompleteAsync(child, "review", "supplement", "Thiếu bản vẽ mặt bằng");
        Assert.Single(await h.OpenItemsAsync(parent.DossierId), i => i.Kind == WorkItemKind.Linked);

        // The child's citizen lets the deadline pass (two reminders, then the deadline): the child stops, and the parent hears of it in that command.
        h.SetLocal(2026, 3, 16, 17, 0);
        Assert.Equal(3, await h.TimerWorker().RunOnceAsync());

        Assert.Equal(DossierState.Stopped, (await h.DossierAsync(child)).State);
        Assert.Equal("return", Assert.Single(await h.OpenItemsAsync(parent.DossierId)).StepId);
        var ended = Assert.Single(await h.JournalAsync(parent.DossierId), j => j.Command == JournalKinds.ChildEnded).DetailAs<ChildEndedDetail>()!;
        Assert.Equal((child, DossierState.Stopped), (ended.Child, ended.State));
    }

    [Fact]
    public async Task A_supplement_not_brought_by_its_deadline_stops_the_dossier_after_two_reminders_with_the_stop_notice()
    {
        var (h, dossier) = await ReviewedAsync("supplement", "Thiếu bản vẽ mặt bằng");
        await using var _ = h;

        // 10 working days from Monday 02/03 09:00: 03/03 … 16/03, so Monday 16/03 17:00 (no day off in March 2026).
        var due = EngineHarness.Local(2026, 3, 16, 17, 0).UtcDateTime;
        var wait = Assert.Single(await h.OpenItemsAsync(dossier));
        Assert.Equal(("await-papers", (DateTime?)due, (CitizenDeadlineEffect?)CitizenDeadlineEffect.Stop, "review"), (wait.StepId, wait.CitizenDueAt, wait.OnExpiry, wait.NextStepId));
        var request = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.RequestSupplement).DetailAs<RequestSupplementDetail>()!;
        Assert.Equal(((DateTime?)due, (CitizenDeadlineEffect?)CitizenDeadlineEffect.Stop, ClockEffect.Restart), (request.CitizenDeadline, request.OnExpiry, request.Clock));
        Assert.All(await MessagesAsync(h, dossier, "supplement-requested"), m => Assert.Contains("hết ngày 16/03/2026", m.Body, StringComparison.Ordinal));

        // The agency's clock waits (restart): no dossier due while the citizen has the papers to bring.
        var waiting = await h.DossierAsync(dossier);
        Assert.Equal((5, (DateTime?)null), (waiting.StatusCode, waiting.DueAt));

        // Reminders 3 and 1 working days before: the end of Wednesday 11/03 and of Friday 13/03.
        var threeDaysBefore = EngineHarness.Local(2026, 3, 11, 17, 0);
        var oneDayBefore = EngineHarness.Local(2026, 3, 13, 17, 0);
        Assert.Equal(
            [(TimerKind.CitizenReminder, threeDaysBefore.UtcDateTime), (TimerKind.CitizenReminder, oneDayBefore.UtcDateTime), (TimerKind.CitizenDeadline, due)],
            (await CitizenTimersAsync(h, dossier)).Select(t => (t.Kind, t.DueAt)));

        var worker = h.TimerWorker();
        h.Clock.SetUtcNow(threeDaysBefore);
        await worker.RunOnceAsync();
        h.Clock.SetUtcNow(oneDayBefore);
        await worker.RunOnceAsync();
        var reminders = await MessagesAsync(h, dossier, "citizen-deadline-reminder");
        Assert.Equal([threeDaysBefore.UtcDateTime, threeDaysBefore.UtcDateTime, oneDayBefore.UtcDateTime, oneDayBefore.UtcDateTime], reminders.Select(m => m.CreatedAt));
        Assert.All(reminders, m => Assert.Contains("Thiếu bản vẽ mặt bằng", m.Body, StringComparison.Ordinal));
        Assert.Equal(5, (await h.DossierAsync(dossier)).StatusCode);

        h.SetLocal(2026, 3, 16, 17, 0);
        Assert.Equal(1, await worker.RunOnceAsync());

        var stopped = await h.DossierAsync(dossier);
        Assert.Equal((8, DossierState.Stopped, (EndResult?)EndResult.Stopped, (DateTime?)due), (stopped.StatusCode, stopped.State, stopped.Result, stopped.FinishedAt));
        Assert.Empty(await h.OpenItemsAsync(dossier));
        Assert.All(await CitizenTimersAsync(h, dossier), t => Assert.NotEqual(TimerStatus.Pending, t.Status));
        var entry = (await h.JournalAsync(dossier))[^1];
        Assert.Equal((JournalKinds.CitizenDeadlinePassed, (Guid?)wait.Id, 5, 8), (entry.Command, entry.WorkItemId, entry.FromStatus, entry.ToStatus));
        var passed = entry.DetailAs<CitizenDeadlinePassedDetail>()!;
        Assert.Equal(("await-papers", WaitReason.Supplement, due, CitizenDeadlineEffect.Stop), (passed.Step, passed.WaitFor, passed.Deadline, passed.Effect));
        Assert.Equal("Quá hạn bổ sung hồ sơ (hết ngày 16/03/2026) mà người nộp hồ sơ chưa thực hiện: dừng giải quyết hồ sơ theo Quy định thử nghiệm về hạn bổ sung hồ sơ và nộp phí.", entry.Reason);
        Assert.Equal(2, (await MessagesAsync(h, dossier, "dossier-stopped")).Count);
        Assert.Equal([Commune + "/desk-officer"], (await MessagesAsync(h, dossier, "citizen-deadline-passed")).Select(m => m.RecipientId));

        // The notice of stopping (form 05 of Circular 03/2025) is issued from that entry, with the legal basis.
        var notice = (StopNoticeFormData)await new DossierFormBuilder(h.Database, h.Workspace.Current).BuildAsync(dossier, FormPurpose.StopNotice);
        Assert.Equal((entry.Reason, "Quy định thử nghiệm về hạn bổ sung hồ sơ và nộp phí", ""), (notice.Reason, notice.LegalBasis, notice.Signer.Name));
        var issued = await new DocumentIssuer(h.Engine, h.Database, h.Workspace).IssueAsync(dossier, FormPurpose.StopNotice, EngineHarness.Officer(Commune, "desk-officer"));
        Assert.Contains("16/03/2026", System.Text.Encoding.UTF8.GetString(issued.Content), StringComparison.Ordinal);
        Assert.True((await new JournalVerifier(h.Database).VerifyAsync()).IsIntact);

        // A supplement arriving afterwards is refused: the dossier has ended.
        await Assert.ThrowsAnyAsync<Exception>(() => h.Engine.SupplementReceivedAsync(dossier, [], null, EngineHarness.Officer(Commune, "desk-officer")));
    }

    [Fact]
    public async Task A_supplement_brought_in_time_voids_the_reminders_and_the_deadline_and_the_clock_restarts()
    {
        var (h, dossier) = await ReviewedAsync("supplement", "Thiếu bản vẽ mặt bằng");
        await using var _ = h;
        h.SetLocal(2026, 3, 10, 10, 0);
        await h.Engine.SupplementReceivedAsync(dossier, [], "Bản vẽ mặt bằng", EngineHarness.Officer(Commune, "desk-officer"));
        Assert.All(await CitizenTimersAsync(h, dossier), t => Assert.Equal(TimerStatus.Cancelled, t.Status));

        h.SetLocal(2026, 3, 17, 8, 0);
        await h.TimerWorker().RunOnceAsync();

        var resumed = await h.DossierAsync(dossier);
        Assert.Equal((4, DossierState.InProgress), (resumed.StatusCode, resumed.State));
        Assert.Equal("review", Assert.Single(await h.OpenItemsAsync(dossier)).StepId);
        Assert.Empty(await MessagesAsync(h, dossier, "citizen-deadline-reminder"));
        Assert.DoesNotContain(await h.JournalAsync(dossier), j => j.Command == JournalKinds.CitizenDeadlinePassed);
    }

    [Fact]
    public async Task A_fee_paid_before_its_deadline_leaves_nothing_to_happen_when_the_deadline_comes()
    {
        var (h, dossier) = await ReviewedAsync("approve");
        await using var _ = h;

        // 5 working days from Monday 02/03 09:00: Monday 09/03 17:00; the agency's clock is paused meanwhile.
        var wait = Assert.Single(await h.OpenItemsAsync(dossier));
        Assert.Equal(("pay-fees", (DateTime?)EngineHarness.Local(2026, 3, 9, 17, 0).UtcDateTime, 6), (wait.StepId, wait.CitizenDueAt, (await h.DossierAsync(dossier)).StatusCode));
        var started = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.WaitPayment).DetailAs<WaitPaymentDetail>()!;
        Assert.Equal((wait.CitizenDueAt, (CitizenDeadlineEffect?)CitizenDeadlineEffect.Return, ClockEffect.Pause), (started.CitizenDeadline, started.OnExpiry, started.Clock));
        Assert.Null((await h.DossierAsync(dossier)).DueAt);

        h.SetLocal(2026, 3, 5, 10, 0);
        await h.Engine.RecordPaymentAsync(dossier, PaymentMethod.Desk, 500_000, "BL-0001", EngineHarness.Officer(Commune, "desk-officer"));

        h.SetLocal(2026, 3, 10, 8, 0);
        var worker = h.TimerWorker();
        await worker.RunOnceAsync();

        var after = await h.DossierAsync(dossier);
        Assert.Equal((4, DossierState.InProgress), (after.StatusCode, after.State));
        Assert.NotNull(after.DueAt);
        Assert.Equal("head-review", Assert.Single(await h.OpenItemsAsync(dossier)).StepId);
        Assert.Empty(await MessagesAsync(h, dossier, "citizen-deadline-reminder"));
        Assert.DoesNotContain(await h.JournalAsync(dossier), j => j.Command == JournalKinds.CitizenDeadlinePassed);
        Assert.All(await CitizenTimersAsync(h, dossier), t => Assert.Equal(TimerStatus.Cancelled, t.Status));
    }

    [Fact]
    public async Task A_fee_not_paid_by_its_deadline_returns_the_dossier_with_the_written_refusal()
    {
        var (h, dossier) = await ReviewedAsync("approve");
        await using var _ = h;
        var worker = h.TimerWorker();

        // One reminder, one working day before: the end of Friday 06/03.
        h.SetLocal(2026, 3, 6, 17, 0);
        await worker.RunOnceAsync();
        Assert.Equal(2, (await MessagesAsync(h, dossier, "citizen-deadline-reminder")).Count);

        h.SetLocal(2026, 3, 9, 17, 0);
        await worker.RunOnceAsync();

        var returned = await h.DossierAsync(dossier);
        Assert.Equal((8, DossierState.Rejected, (EndResult?)EndResult.Refused), (returned.StatusCode, returned.State, returned.Result));
        var entry = Assert.Single(await h.JournalAsync(dossier), j => j.Command == JournalKinds.CitizenDeadlinePassed);
        Assert.Equal((CitizenDeadlineEffect.Return, WaitReason.Payment), (entry.DetailAs<CitizenDeadlinePassedDetail>()!.Effect, entry.DetailAs<CitizenDeadlinePassedDetail>()!.WaitFor));
        Assert.StartsWith("Quá hạn nộp phí, lệ phí (hết ngày 09/03/2026)", entry.Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await MessagesAsync(h, dossier, "dossier-returned")).Count);

        var builder = new DossierFormBuilder(h.Database, h.Workspace.Current);
        var refusal = (RefusalFormData)await builder.BuildAsync(dossier, FormPurpose.Refusal);
        Assert.Equal(entry.Reason, refusal.Reason);
        Assert.Equal("form-not-applicable", (await Assert.ThrowsAsync<Workflow.Engine.Runtime.Errors.WorkflowException>(() => builder.BuildAsync(dossier, FormPurpose.StopNotice))).Code);
    }
}
