using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// What waiting for the citizen does to the dossier's statutory clock: nothing, a pause, or a
/// restart from zero once the citizen has answered (Decree 61 art. 19.4, the default for supplements).
/// </summary>
internal static class CitizenWaits
{
    public static void Begin(DossierSession session, WorkItemRecord wait, ClockEffect clock, string reason)
    {
        if (clock == ClockEffect.Run || session.Dossier.AcceptedAt is null)
        {
            return;
        }

        var ledger = session.Ledger();
        if (ledger.Events.Count == 0 || ledger.IsPaused)
        {
            return;
        }

        Append(session, new DeadlinePaused(session.Context.Now, reason));
        session.Dossier.DueAt = null;
        TimerPlanner.ReplanDossier(session);
    }

    /// <summary>Closes the wait, sets the clock going again and continues the process after it; <paramref name="ended"/> says which wait ended.</summary>
    public static void Resume(DossierSession session, WorkItemRecord wait, Func<ClockEffect?, DateTime?, WaitEndedDetail> ended, string? note)
    {
        wait.Status = WorkItemStatus.Completed;
        wait.CompletedAt = session.Now;
        wait.CompletedById = session.Actor.Id;
        wait.CompletedByName = session.Actor.Name;
        wait.Comment = note;
        // The citizen answered in time: the reminders and the citizen's deadline are void.
        session.CancelTimers(t => t.WorkItemId == wait.Id);

        var ledger = session.Ledger();
        if (ledger.IsPaused)
        {
            DeadlineEvent resume = wait.WaitClock == ClockEffect.Restart
                ? new DeadlineRestarted(session.Context.Now)
                : new DeadlineResumed(session.Context.Now);
            Append(session, resume);
            var state = session.Ledger().Compute(session.Context.Calculator);
            session.Dossier.DueAt = state.Due?.UtcDateTime;
            session.Dossier.AppointmentAt = session.Dossier.DueAt;
            TimerPlanner.ReplanDossier(session);
        }

        session.Journal(ended(wait.WaitClock, session.Dossier.DueAt), reason: note, item: wait);
        if (session.Dossier.DueAt is not null && ledger.IsPaused)
        {
            OutboxMessages.ToCitizen(session, "dossier-resumed", "Tiếp tục giải quyết hồ sơ",
                $"Cơ quan đã nhận đủ và tiếp tục giải quyết hồ sơ. Ngày hẹn trả kết quả mới: {OutboxMessages.Local(session.Dossier.AppointmentAt)}.");
        }

        // The wait hands the dossier on: the next task's giver is the unit that asked the citizen.
        new ProcessInterpreter(session).Enter(wait.NextStepId!, wait.ForkPath, wait);
    }

    public static void Append(DossierSession session, DeadlineEvent deadlineEvent, WorkItemRecord? item = null)
    {
        try
        {
            session.Ledger(item).Append(deadlineEvent);
        }
        catch (DeadlineLedgerException ex)
        {
            // The ledger's rules speak the session's language only; both texts are that sentence.
            throw new WorkflowException(WorkflowErrorKind.Conflict, "deadline-rule", ex.Message, ex.Message);
        }

        session.AddLedgerEvent(deadlineEvent, item);
    }
}
