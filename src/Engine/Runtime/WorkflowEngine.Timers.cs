using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Fires one timer through the normal command path. A timer already fired or cancelled is
    /// left alone, so firing twice (two workers, a retry after a crash) has no second effect.
    /// </summary>
    public Task<CommandResult> FireTimerAsync(Guid dossierId, Guid timerId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, Actor.System, null, session =>
        {
            var timer = session.PendingTimers.FirstOrDefault(t => t.Id == timerId && t.Status == TimerStatus.Pending);
            if (timer is null || timer.DueAt > session.Now)
            {
                return Task.CompletedTask;
            }

            timer.Status = TimerStatus.Fired;
            timer.FiredAt = session.Now;
            timer.Attempts++;
            var item = timer.WorkItemId is { } itemId ? session.Items.FirstOrDefault(i => i.Id == itemId) : null;
            switch (timer.Kind)
            {
                case TimerKind.StepReminder when item is { Status: WorkItemStatus.Open }:
                    RemindStep(session, item);
                    break;
                case TimerKind.StepOverdue when item is { Status: WorkItemStatus.Open }:
                    StepOverdue(session, item, timer.Id);
                    break;
                case TimerKind.DossierNearDue when session.Dossier is { State: DossierState.InProgress, FinishedAt: null }:
                    DossierNearDue(session, timer.Id);
                    break;
                case TimerKind.DossierOverdue when session.Dossier is { State: DossierState.InProgress, FinishedAt: null }:
                    DossierOverdue(session, timer.Id);
                    break;
                case TimerKind.ConsultationDeadline when session.Dossier is { State: DossierState.InProgress }:
                    new ProcessInterpreter(session).PassConsultationDeadline(timer);
                    break;
                // The citizen acted first: the wait is closed and these timers do nothing.
                case TimerKind.CitizenReminder when item is { Status: WorkItemStatus.Open, Kind: WorkItemKind.Wait }:
                    CitizenDeadlines.Remind(session, item);
                    break;
                case TimerKind.CitizenDeadline when item is { Status: WorkItemStatus.Open, Kind: WorkItemKind.Wait } && session.Dossier is { State: DossierState.InProgress }:
                    CitizenDeadlines.Pass(session, item, timer);
                    break;
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private static void RemindStep(DossierSession session, WorkItemRecord item)
    {
        var body = $"Công việc \"{item.StepName}\" của hồ sơ {session.Dossier.Code} sắp đến hạn ({OutboxMessages.Local(item.DueAt)}).";
        if (item.AssigneeId is { } officer)
        {
            OutboxMessages.ToOfficer(session, "step-due-soon", officer, "Sắp đến hạn xử lý", body);
        }
        else
        {
            OutboxMessages.ToUnit(session, "step-due-soon", item.UnitId!, item.Role!, "Sắp đến hạn xử lý", body);
        }
    }

    private static void StepOverdue(DossierSession session, WorkItemRecord item, Guid timerId)
    {
        session.Journal(new StepOverdueDetail(timerId, item.DueAt, item.UnitId, item.AssigneeName), item: item);
        var body = $"Công việc \"{item.StepName}\" của hồ sơ {session.Dossier.Code} đã quá hạn từ {OutboxMessages.Local(item.DueAt)}" +
                   (item.AssigneeName is null ? " và chưa có người nhận xử lý." : $" (đang do {item.AssigneeName} xử lý).");
        if (item.AssigneeId is { } officer)
        {
            OutboxMessages.ToOfficer(session, "step-overdue", officer, "Công việc quá hạn", body);
        }

        OutboxMessages.ToUnit(session, "step-overdue", item.UnitId!, "head", "Công việc quá hạn", body);
    }

    private static void DossierNearDue(DossierSession session, Guid timerId)
    {
        var holders = session.OpenItems.Where(i => i.UnitId is not null).Select(i => i.UnitId!).Distinct().ToList();
        session.Journal(new DossierNearDueDetail(timerId, session.Dossier.DueAt, holders));
        foreach (var unit in holders)
        {
            OutboxMessages.ToUnit(session, "dossier-near-due", unit, "head", "Hồ sơ sắp đến hạn trả kết quả",
                $"Hồ sơ {session.Dossier.Code} hẹn trả kết quả lúc {OutboxMessages.Local(session.Dossier.DueAt)}. " +
                "Nếu không kịp, đơn vị phải thông báo Bộ phận một cửa và gửi thư xin lỗi, hẹn lại ngày trả kết quả ngay hôm nay (Nghị định 61/2018, Điều 19.9).");
        }
    }

    private static void DossierOverdue(DossierSession session, Guid timerId)
    {
        var holders = session.OpenItems.Where(i => i.UnitId is not null).Select(i => i.UnitId!).Distinct().ToList();
        var escalate = !session.Dossier.Rescheduled;
        session.Journal(new DossierOverdueDetail(timerId, session.Dossier.DueAt, holders, session.Dossier.Rescheduled));
        foreach (var unit in holders)
        {
            OutboxMessages.ToUnit(session, "dossier-overdue", unit, "head", "Hồ sơ đã quá hạn",
                $"Hồ sơ {session.Dossier.Code} đã quá hạn trả kết quả ({OutboxMessages.Local(session.Dossier.DueAt)})." +
                (escalate ? " Đơn vị chưa gửi thư xin lỗi và hẹn lại." : ""));
        }

        if (escalate)
        {
            // No apology by the deadline: the head of the receiving unit is told (escalation).
            OutboxMessages.ToUnit(session, "dossier-overdue-escalation", session.Dossier.ReceivingUnitId, "leader", "Hồ sơ quá hạn chưa có thư xin lỗi",
                $"Hồ sơ {session.Dossier.Code} ({session.Dossier.ProcedureName}) quá hạn từ {OutboxMessages.Local(session.Dossier.DueAt)}, " +
                $"đang ở {string.Join(", ", holders)}, chưa có thư xin lỗi và hẹn lại.");
        }

    }
}
