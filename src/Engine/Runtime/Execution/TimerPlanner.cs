using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Writes the timers a step or the dossier needs, in the command's transaction.</summary>
internal static class TimerPlanner
{
    /// <param name="overdueAlreadyReported">The step's clock continues one whose lateness was already journaled and notified (a migrated step): it is not reported twice.</param>
    public static void PlanItem(DossierSession session, WorkItemRecord item, bool overdueAlreadyReported = false)
    {
        if (item.DueAt is not { } dueUtc || overdueAlreadyReported)
        {
            return;
        }

        var due = new DateTimeOffset(dueUtc, TimeSpan.Zero);
        var remindAt = session.Context.Calculator.SubtractLead(due, session.Context.Options.StepReminderLead, item.UnitId);
        if (remindAt > session.Context.Now && remindAt < due)
        {
            session.AddTimer(TimerKind.StepReminder, remindAt, item);
        }

        session.AddTimer(TimerKind.StepOverdue, due, item);
    }

    /// <summary>The dossier's own deadline timers (not a step's, nor a consultation's deadline).</summary>
    public static bool IsDossierTimer(TimerRecord timer) => timer.Kind is TimerKind.DossierNearDue or TimerKind.DossierOverdue;

    /// <summary>Replaces the dossier's deadline timers after its due instant changed (or the clock paused).</summary>
    public static void ReplanDossier(DossierSession session)
    {
        session.CancelTimers(IsDossierTimer);
        if (session.Dossier.DueAt is not { } dueUtc)
        {
            return;
        }

        var due = new DateTimeOffset(dueUtc, TimeSpan.Zero);
        var apologyBy = session.Context.Calculator.SubtractLead(due, session.Context.Options.ApologyLead, session.Dossier.ReceivingUnitId);
        if (apologyBy > session.Context.Now && apologyBy < due)
        {
            session.AddTimer(TimerKind.DossierNearDue, apologyBy);
        }

        session.AddTimer(TimerKind.DossierOverdue, due);
    }
}
