using Workflow.Engine.Delegation;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// The inbox delegation in force today under which <paramref name="actor"/> acts on a task held by a
    /// colleague; null when the actor holds the task, nobody does, or no such delegation covers today.
    /// </summary>
    private static async Task<InboxDelegationRecord?> ActingForHolderAsync(DossierSession session, WorkItemRecord item, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsSystem || actor.Kind != ActorKind.Officer || item.AssigneeId is not { } holder || holder == actor.Id)
        {
            return null;
        }

        var delegations = await InboxDelegations.InForceForAsync(session.Db, actor.Id, session.Context.Today, cancellationToken);
        return delegations.FirstOrDefault(d => d.DelegatorId == holder && d.UnitId == item.UnitId);
    }

    /// <summary>
    /// Acts in the delegator's place on their task: in the task's role at its unit, with a journal line
    /// naming the delegator just before the action's own line (whose actor is the colleague).
    /// </summary>
    private static void ActFor(DossierSession session, WorkItemRecord item, Actor actor, InboxDelegationRecord delegation)
    {
        session.ActAs(actor with { UnitId = item.UnitId, Role = item.Role });
        session.Journal(new ActingForDetail(delegation.Id, delegation.DelegatorId, delegation.DelegatorName, delegation.LastDay), item: item);
    }
}
