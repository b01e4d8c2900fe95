using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Scope;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>
/// What a viewer may do on a dossier now, read from their memberships and the dossier's open
/// items. It mirrors the checks the engine's commands make (desk role at the receiving unit,
/// the task's role at its unit, a head role at a handling unit) so a screen shows only buttons
/// that will work; the command itself is still checked by the engine.
/// </summary>
internal static class AllowedActions
{
    private static readonly string[] PaymentRoles = ["desk-officer", "specialist", "tax-officer"];

    // apologyOpen: the dossier is late or about to be, so a head may apologise (see ApologyWindow).
    // closedToAnswer: consultation branches of the viewer's unit and role closed before they answered (a late answer is kept).
    // delegatedToViewer: inbox delegations in force today whose colleague is the viewer (they act on the delegator's tasks).
    public static IReadOnlyList<AllowedAction> For(DossierRecord dossier, IReadOnlyList<WorkItemRecord> openItems, ProcedureDefinition? definition, OfficerMemberships viewer, bool apologyOpen,
        IReadOnlyList<WorkItemRecord>? closedToAnswer = null, IReadOnlyList<InboxDelegationRecord>? delegatedToViewer = null)
    {
        var actions = new List<AllowedAction>();
        foreach (var item in closedToAnswer ?? [])
        {
            actions.Add(new AllowedAction("late-answer", item.Id, Outcomes(definition, item)));
        }

        var atDesk = viewer.Holds(dossier.ReceivingUnitId, "desk-officer");
        var open = dossier.State is DossierState.InProgress or DossierState.Submitted or DossierState.AwaitingCompletion;

        foreach (var item in openItems.Where(i => i.Kind == WorkItemKind.Task))
        {
            var holdsRole = viewer.Holds(item.UnitId, item.Role);
            var isHolder = item.AssigneeId == viewer.OfficerId;
            var actsForHolder = item.AssigneeId is not null && (delegatedToViewer ?? []).Any(d => d.DelegatorId == item.AssigneeId && d.UnitId == item.UnitId);
            var isHead = viewer.IsHeadOf(item.UnitId);
            if (holdsRole && item.AssigneeId is null)
            {
                actions.Add(new AllowedAction("claim", item.Id));
            }

            if (isHolder || actsForHolder || (isHead && item.AssigneeId is not null))
            {
                actions.Add(new AllowedAction("release", item.Id));
            }

            if ((holdsRole && (item.AssigneeId is null || isHolder)) || actsForHolder)
            {
                actions.Add(new AllowedAction("complete", item.Id, Outcomes(definition, item)));
            }

            if (isHolder)
            {
                actions.Add(new AllowedAction("delegate", item.Id));
            }

            if (isHead)
            {
                actions.Add(new AllowedAction("assign", item.Id));
            }
        }

        if (atDesk && openItems.Any(i => i.Kind == WorkItemKind.IntakeCheck))
        {
            actions.Add(new AllowedAction("accept"));
            actions.Add(new AllowedAction("ask-to-complete"));
            actions.Add(new AllowedAction("refuse"));
        }

        if (atDesk && dossier.State == DossierState.AwaitingCompletion)
        {
            actions.Add(new AllowedAction("resubmit"));
        }

        if (atDesk && openItems.Any(i => i.Kind == WorkItemKind.Wait && i.WaitFor == WaitReason.Supplement))
        {
            actions.Add(new AllowedAction("supplement-received"));
        }

        var handlingUnits = openItems.Where(i => i.Kind == WorkItemKind.Task && i.UnitId is not null).Select(i => i.UnitId!).Append(dossier.ReceivingUnitId).Distinct().ToList();
        if (openItems.Any(i => i.Kind == WorkItemKind.Wait && i.WaitFor is WaitReason.Payment or WaitReason.Obligation)
            && handlingUnits.Any(u => viewer.HoldsAny(u, PaymentRoles)))
        {
            actions.Add(new AllowedAction("payment"));
        }

        if (atDesk && open)
        {
            actions.Add(new AllowedAction("withdraw"));
        }

        var headUnits = openItems.Where(i => i.UnitId is not null).Select(i => i.UnitId!).Append(dossier.ReceivingUnitId).Distinct();
        if (headUnits.Any(viewer.IsHeadOf))
        {
            var clockRunning = dossier.State == DossierState.InProgress && dossier.DueAt is not null && dossier.FinishedAt is null;
            if (clockRunning)
            {
                actions.Add(new AllowedAction("extend"));
                if (!dossier.Rescheduled && apologyOpen)
                {
                    actions.Add(new AllowedAction("apologise"));
                }
            }

            if (open)
            {
                actions.Add(new AllowedAction("stop"));
            }
        }

        return actions;
    }

    private static List<AllowedOutcome> Outcomes(ProcedureDefinition? definition, WorkItemRecord item) =>
        definition?.Process.Find(item.StepId)?.Outcomes
            .Select(o => new AllowedOutcome(o.Id, o.Name, o.Kind, o.RequiresComment || o.Kind is OutcomeKind.Rework or OutcomeKind.Supplement or OutcomeKind.Reject or OutcomeKind.Stop))
            .ToList() ?? [];
}
