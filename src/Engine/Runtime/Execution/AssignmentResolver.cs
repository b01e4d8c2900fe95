using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Organisation;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Finds the concrete unit whose inbox receives a step of a given dossier.</summary>
internal static class AssignmentResolver
{
    public static UnitRecord Resolve(DossierSession session, TaskStep step) =>
        Resolve(session, step, step.Assignee.Unit, step.Assignee.UnitKind);

    /// <summary>The unit that receives the linked dossier of a file step, resolved as an assignee is.</summary>
    public static UnitRecord ResolveReceiver(DossierSession session, FileStep step) =>
        Resolve(session, step, step.Receiver.Unit, step.Receiver.UnitKind);

    private static UnitRecord Resolve(DossierSession session, TypedStep step, string? fixedUnit, string unitKind) =>
        Successor(session, ResolveAsOfReceipt(session, step, fixedUnit, unitKind));

    /// <summary>
    /// A unit merged or abolished through the organisation's administration hands its future work
    /// to its successor from the effective date, as its open tasks were moved then.
    /// </summary>
    private static UnitRecord Successor(DossierSession session, UnitRecord unit)
    {
        var organisation = session.Context.Organisation;
        var today = session.Context.Today;
        for (var hops = 0; hops < 16 && session.Context.Workspace.Successions.TryGetValue(unit.Id, out var successor)
             && organisation.EndOf(unit.Id) is { } end && end <= today && organisation.UnitAt(successor, today) is { } next; hops++)
        {
            unit = next;
        }

        return unit;
    }

    private static UnitRecord ResolveAsOfReceipt(DossierSession session, TypedStep step, string? fixedUnit, string unitKind)
    {
        var organisation = session.Context.Organisation;
        var date = session.ReceiptDate;
        if (fixedUnit is not null)
        {
            // A unit merged or abolished before the receipt date still names its successor (see Successor).
            return organisation.UnitAt(fixedUnit, date)
                ?? (session.Context.Workspace.Successions.ContainsKey(fixedUnit) && organisation.HistoryOf(fixedUnit) is { Count: > 0 } history && history[^1].ValidTo <= date ? history[^1] : null)
                ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "routing-failed",
                $"Bước \"{step.Name}\" giao cho đơn vị {fixedUnit}, nhưng đơn vị này không hoạt động ngày {date:dd/MM/yyyy}. Sửa cơ cấu tổ chức hoặc quy trình.",
                $"The step \"{step.Id}\" is assigned to {fixedUnit}, which was not in force on {date:yyyy-MM-dd}.");
        }

        var resolution = session.Context.Resolver.Resolve(unitKind, session.Dossier.ReceivingUnitId, date);
        if (resolution.IsResolved)
        {
            return resolution.Unit!;
        }

        throw new WorkflowException(WorkflowErrorKind.Conflict, "routing-failed",
            $"Không xác định được đơn vị xử lý bước \"{step.Name}\": {resolution.Explanation}",
            $"No unit can take the step \"{step.Id}\": {session.Context.Resolver.Resolve(unitKind, session.Dossier.ReceivingUnitId, date, Localization.Text.English).Explanation}");
    }
}
