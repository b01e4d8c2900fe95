using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// The one appointment a citizen is given for a group of linked dossiers (liên thông): the latest
/// planned finish of the chain. Each linked procedure's statutory time is counted, on the working
/// calendar of its receiving unit, from the instant the dossier that files it is due (the latest it
/// can be filed), and so on down the chain.
/// </summary>
internal static class GroupAppointment
{
    private const int MaxDepth = 10;

    public static DateTimeOffset? Plan(EngineContext context, ProcedureDefinition definition, DateTimeOffset? due, string receivingUnitId, DateOnly receiptDate, int depth = 0)
    {
        if (due is not { } from || depth > MaxDepth)
        {
            return due;
        }

        var latest = from;
        foreach (var step in definition.Process.Steps.Where(s => s is { Kind: StepKind.File, Procedure: not null, Receiver: not null }))
        {
            if (context.Workspace.Catalog.InForce(step.Procedure!, receiptDate) is not { } child)
            {
                continue;
            }

            var unitId = step.Receiver!.Unit ?? context.Resolver.Resolve(step.Receiver.UnitKind, receivingUnitId, receiptDate).Unit?.Id ?? receivingUnitId;
            var convention = child.StatutoryTime.Convention ?? context.Options.Convention;
            var childDue = context.Calculator.Calculate(from, child.StatutoryTime.ToDuration(), convention, unitId).Due;
            if (Plan(context, child, childDue, unitId, receiptDate, depth + 1) is { } planned && planned > latest)
            {
                latest = planned;
            }
        }

        return latest;
    }
}
