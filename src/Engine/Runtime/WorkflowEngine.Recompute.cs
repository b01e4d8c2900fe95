using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Recomputes a dossier's due instants from its deadline ledgers on the calendar in force now
    /// (after an administrator changed a year's days off or the working hours): the dossier's and
    /// each open step's, with their timers. An appointment set by an apology stays as promised.
    /// Journaled with the old and new instants; the citizen is told when the appointment moves.
    /// </summary>
    public Task<CommandResult> RecomputeDeadlinesAsync(Guid dossierId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, session =>
        {
            var dossier = session.Dossier;
            if (dossier.State != DossierState.InProgress)
            {
                return Task.CompletedTask;
            }

            var calculator = session.Context.Calculator;
            var changes = new List<DueInstantChange>();
            var appointmentMoved = false;
            if (dossier.FinishedAt is null && session.Ledger().Events.Count > 0)
            {
                var before = dossier.DueAt;
                var after = session.Ledger().Compute(calculator).Due?.UtcDateTime;
                if (after != before)
                {
                    dossier.DueAt = after;
                    if (!dossier.Rescheduled)
                    {
                        dossier.AppointmentAt = after;
                        appointmentMoved = true;
                    }

                    TimerPlanner.ReplanDossier(session);
                    changes.Add(DueInstantChange.OfDossier(before, after));
                }
            }

            foreach (var item in session.OpenItems.Where(i => i.Kind == WorkItemKind.Task && i.DueAt is not null).ToList())
            {
                var ledger = session.Ledger(item);
                if (ledger.Events.Count == 0)
                {
                    continue;
                }

                var after = ledger.Compute(calculator).Due?.UtcDateTime;
                if (after != item.DueAt)
                {
                    changes.Add(DueInstantChange.OfStep(item.StepId, item.DueAt, after));
                    item.DueAt = after;
                    session.CancelTimers(t => t.WorkItemId == item.Id);
                    TimerPlanner.PlanItem(session, item);
                }
            }

            if (changes.Count > 0)
            {
                session.Journal(new DeadlineRecomputedDetail(changes), reason: reason);
                if (appointmentMoved)
                {
                    OutboxMessages.ToCitizen(session, "appointment-moved", "Thay đổi ngày hẹn trả kết quả",
                        $"Do lịch làm việc thay đổi ({reason}), ngày hẹn trả kết quả hồ sơ của Ông/Bà nay là {OutboxMessages.Local(dossier.AppointmentAt)}.");
                }
            }

            return Task.CompletedTask;
        }, cancellationToken);
}
