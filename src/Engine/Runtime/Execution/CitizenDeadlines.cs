using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// The citizen's own deadline on a wait (a wait step's <c>duration</c>): counted in working days on
/// the asking unit's calendar, reminded before it through the outbox, and, when it passes with the
/// citizen still silent, the dossier stopped or returned as the step's <c>onExpiry</c> says. It is
/// separate from the agency's clock, which keeps pausing or restarting as the wait's <c>clock</c> says.
/// </summary>
internal static class CitizenDeadlines
{
    /// <summary>Gives the wait its deadline and writes its durable timers (each reminder still ahead, and the deadline); null when the step sets none.</summary>
    public static DateTimeOffset? Plan(DossierSession session, StepDefinition step, WorkItemRecord wait)
    {
        if (step is not { Duration: { } duration, OnExpiry: { } effect })
        {
            return null;
        }

        var context = session.Context;
        var unit = wait.FromUnitId ?? session.Dossier.ReceivingUnitId;
        var convention = session.Definition.StatutoryTime.Convention ?? context.Options.Convention;
        var due = context.Calculator.Due(context.Now, duration.ToDuration(), convention, unit);
        wait.CitizenDueAt = due.UtcDateTime;
        wait.OnExpiry = effect;
        foreach (var lead in step.RemindBefore)
        {
            var remindAt = context.Calculator.SubtractLead(due, lead.ToDuration(), unit);
            if (remindAt > context.Now && remindAt < due)
            {
                session.AddTimer(TimerKind.CitizenReminder, remindAt, wait);
            }
        }

        session.AddTimer(TimerKind.CitizenDeadline, due, wait);
        return due;
    }

    /// <summary>The sentence the citizen reads about the deadline, dates as dd/MM/yyyy.</summary>
    public static string Sentence(WorkItemRecord wait) => wait.CitizenDueAt is not { } due
        ? ""
        : $" Hạn {What(wait.WaitFor)}: hết ngày {Date(due)}; quá hạn mà chưa thực hiện thì {(wait.OnExpiry == CitizenDeadlineEffect.Return ? "hồ sơ được trả lại" : "cơ quan dừng giải quyết hồ sơ")}.";

    public static void Remind(DossierSession session, WorkItemRecord wait) =>
        OutboxMessages.ToCitizen(session, "citizen-deadline-reminder", $"Nhắc hạn {What(wait.WaitFor)}",
            $"Hồ sơ của Ông/Bà đang chờ {What(wait.WaitFor)}: {wait.Comment ?? wait.StepName}.{Sentence(wait)}");

    /// <summary>
    /// The deadline passed and the wait is still open: the dossier ends (status 8), stopped or returned,
    /// in one typed entry whose reason is the notice's text; the citizen is told, and the desk is asked
    /// to hand over the printed notice (stop notice or written refusal).
    /// </summary>
    public static void Pass(DossierSession session, WorkItemRecord wait, TimerRecord timer)
    {
        var effect = wait.OnExpiry ?? CitizenDeadlineEffect.Stop;
        var dossier = session.Dossier;
        var due = wait.CitizenDueAt ?? timer.DueAt;
        var legalBasis = session.Definition.LegalBasis.FirstOrDefault();
        var reason = $"Quá hạn {What(wait.WaitFor)} (hết ngày {Date(due)}) mà người nộp hồ sơ chưa thực hiện: " +
                     (effect == CitizenDeadlineEffect.Stop ? "dừng giải quyết hồ sơ" : "trả lại hồ sơ") +
                     (legalBasis is null ? "." : $" theo {legalBasis}.");
        session.CancelItem(wait, JournalKinds.CitizenDeadlinePassed);
        foreach (var open in session.OpenItems.ToList())
        {
            session.CancelItem(open, JournalKinds.CitizenDeadlinePassed);
            session.Journal(JournalKinds.BranchClosed, item: open, reason: "Hồ sơ đã kết thúc; công việc còn mở được đóng.");
        }

        session.CancelTimers(_ => true);
        dossier.State = effect == CitizenDeadlineEffect.Stop ? DossierState.Stopped : DossierState.Rejected;
        dossier.Result = effect == CitizenDeadlineEffect.Stop ? EndResult.Stopped : EndResult.Refused;
        dossier.FinishedAt ??= session.Now;
        session.Journal(new CitizenDeadlinePassedDetail(timer.Id, wait.StepId, wait.WaitFor ?? WaitReason.Supplement, due, effect), reason: reason, item: wait);
        OutboxMessages.ToCitizen(session, effect == CitizenDeadlineEffect.Stop ? "dossier-stopped" : "dossier-returned",
            effect == CitizenDeadlineEffect.Stop ? "Thông báo dừng giải quyết hồ sơ" : "Trả lại hồ sơ",
            $"{reason} Mời Ông/Bà nhận {(effect == CitizenDeadlineEffect.Stop ? "thông báo dừng giải quyết hồ sơ" : "lại hồ sơ và văn bản nêu lý do")} tại Bộ phận tiếp nhận và trả kết quả.");
        OutboxMessages.ToUnit(session, "citizen-deadline-passed", dossier.ReceivingUnitId, "desk-officer",
            effect == CitizenDeadlineEffect.Stop ? "Dừng giải quyết hồ sơ: công dân quá hạn" : "Trả lại hồ sơ: công dân quá hạn",
            $"Hồ sơ {dossier.Code} ({dossier.ProcedureName}): {reason} In {(effect == CitizenDeadlineEffect.Stop ? "thông báo dừng giải quyết hồ sơ" : "phiếu từ chối giải quyết hồ sơ")} từ trang hồ sơ và gửi công dân.");
    }

    private static string What(WaitReason? reason) => reason switch
    {
        WaitReason.Payment => "nộp phí, lệ phí",
        WaitReason.Obligation => "thực hiện nghĩa vụ tài chính",
        _ => "bổ sung hồ sơ",
    };

    private static string Date(DateTime utc) => VietnamTime.FormatDate(VietnamTime.LocalDate(new DateTimeOffset(utc, TimeSpan.Zero)));
}
