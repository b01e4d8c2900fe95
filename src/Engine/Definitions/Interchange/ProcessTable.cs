using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// A version's process as its internal-process table: the tasks on the main path from the start (each task's first
/// approving or forwarding outcome, a wait's or file step's <c>next</c>, a decision's <c>otherwise</c>, a parallel
/// step's branches then its join), then any task not on it, in file order. Units and roles are named as the organisation names them.
/// </summary>
public static class ProcessTable
{
    public static IReadOnlyList<ProcessTableRow> Rows(ProcedureDefinition definition, OrganisationModel? organisation)
    {
        var ordered = new List<StepDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(definition.Process, definition.Process.Start, ordered, seen);
        ordered.AddRange(definition.Process.Steps.Where(s => s.Kind == StepKind.Task && seen.Add(s.Id)));
        return ordered.Select((step, i) => new ProcessTableRow(
            i + 1,
            step.Name,
            UnitName(step.Assignee, organisation),
            organisation?.FindRole(step.Assignee?.Role ?? "")?.Name ?? step.Assignee?.Role ?? "",
            step.Duration is null ? "" : DurationCell.Format(step.Duration))).ToList();
    }

    private static void Walk(ProcessDefinition process, string? id, List<StepDefinition> ordered, HashSet<string> seen)
    {
        while (id is not null && process.Find(id) is { } step && seen.Add(step.Id))
        {
            if (step.Kind == StepKind.Task)
            {
                ordered.Add(step);
            }

            if (step.Kind == StepKind.Parallel)
            {
                foreach (var branch in step.Branches)
                {
                    Walk(process, branch, ordered, seen);
                }
            }

            id = step.Kind switch
            {
                StepKind.Task => step.Outcomes.FirstOrDefault(o => o.Kind is OutcomeKind.Approve or OutcomeKind.Forward or OutcomeKind.Consult)?.To,
                StepKind.Parallel => step.Join is { } join ? process.Find(join)?.Next : null,
                StepKind.Decision => step.Otherwise ?? step.Rules.FirstOrDefault()?.To,
                _ => step.Next,
            };
        }
    }

    private static string UnitName(Assignee? assignee, OrganisationModel? organisation)
    {
        if (assignee is null)
        {
            return "";
        }

        if (assignee.Unit is { } unit)
        {
            return organisation?.HistoryOf(unit).LastOrDefault()?.Name ?? unit;
        }

        return organisation?.FindKind(assignee.UnitKind)?.Name ?? assignee.UnitKind;
    }
}
