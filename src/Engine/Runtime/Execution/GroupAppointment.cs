using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Expressions;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// The one appointment a citizen is given for a group of linked dossiers (liên thông): the latest
/// planned finish of the chain. Each linked procedure's statutory time is counted, on the working
/// calendar of its receiving unit, from the instant the dossier that files it is due (the latest it
/// can be filed), and so on down the chain. Only file steps the dossier's data can reach count: a
/// decision takes the branch its rules choose on that data, so a birth registration without the
/// linked request keeps its own appointment.
/// </summary>
internal static class GroupAppointment
{
    private const int MaxDepth = 10;

    public static DateTimeOffset? Plan(EngineContext context, ProcedureDefinition definition, IReadOnlyDictionary<string, object?> data, DateTimeOffset? due,
        string receivingUnitId, DateOnly receiptDate, int depth = 0)
    {
        if (due is not { } from || depth > MaxDepth)
        {
            return due;
        }

        var latest = from;
        foreach (var step in Reachable(definition, data))
        {
            if (step is not { Kind: StepKind.File, Procedure: { } procedure, Receiver: { } receiver } || context.Workspace.Catalog.InForce(procedure, receiptDate) is not { } child)
            {
                continue;
            }

            var unitId = receiver.Unit ?? context.Resolver.Resolve(receiver.UnitKind, receivingUnitId, receiptDate).Unit?.Id ?? receivingUnitId;
            var convention = child.StatutoryTime.Convention ?? context.Options.Convention;
            var childDue = context.Calculator.Calculate(from, child.StatutoryTime.ToDuration(), convention, unitId).Due;
            if (Plan(context, child, data, childDue, unitId, receiptDate, depth + 1) is { } planned && planned > latest)
            {
                latest = planned;
            }
        }

        return latest;
    }

    /// <summary>The steps the process can reach on this data: every outcome of a task, the chosen rule of a decision.</summary>
    private static IEnumerable<StepDefinition> Reachable(ProcedureDefinition definition, IReadOnlyDictionary<string, object?> data)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([definition.Process.Start]);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || definition.Process.Find(id) is not { } step)
            {
                continue;
            }

            yield return step;
            var targets = step.Kind == StepKind.Decision
                ? [step.Rules.FirstOrDefault(r => ExpressionLanguage.ConditionHoldsOrFalse(r.When, data))?.To ?? step.Otherwise ?? ""]
                : step.Targets();
            foreach (var target in targets)
            {
                queue.Enqueue(target);
            }
        }
    }
}
