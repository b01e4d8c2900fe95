using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Closes a task with one of its step's outcomes, the same way whichever command closes it: who and
/// when, the outcome and comment, how punctual, and its timers cancelled. Journaling and moving the
/// process on stay with the command, which knows what happened.
/// </summary>
internal static class TaskCompletion
{
    public static void Close(DossierSession session, WorkItemRecord item, Actor actor, OutcomeDefinition outcome, string? comment)
    {
        item.Status = WorkItemStatus.Completed;
        item.CompletedAt = session.Now;
        item.CompletedById = actor.Id;
        item.CompletedByName = actor.Name;
        item.AssigneeId ??= actor.Id;
        item.AssigneeName ??= actor.Name;
        item.OutcomeId = outcome.Id;
        item.Comment = comment;
        item.Punctuality = ConsultationAnswers.Classify(session, item);
        session.CancelTimers(t => t.WorkItemId == item.Id);
    }
}
