using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Simulation;

/// <summary>
/// The statutory time and the steps on the longest path from the start (the engine's
/// <see cref="ProcessGraph.LongestPath"/>), with their durations added up in working days,
/// counted as the loader counts them for WF040 (8 working hours a day; a same-day step is one day).
/// </summary>
public sealed record LongestPathSummary(IReadOnlyList<string> StepIds, decimal StepDays, decimal StatutoryDays)
{
    private const decimal HoursPerDay = 8m;

    public bool Fits => StepDays <= StatutoryDays;

    public static LongestPathSummary Of(ProcedureDefinition definition)
    {
        var path = new ProcessGraph(definition.Process).LongestPath(StepHours);
        var total = path.Select(id => definition.Process.Find(id)).OfType<StepDefinition>().Sum(StepHours);
        var statutory = Hours(definition.StatutoryTime.Value, definition.StatutoryTime.Unit);
        return new LongestPathSummary(path, total / HoursPerDay, statutory / HoursPerDay);
    }

    private static decimal StepHours(StepDefinition step) =>
        step.Kind == StepKind.Task && step.Duration is { } d ? Hours(d.Value, d.Unit) : 0m;

    private static decimal Hours(decimal value, DurationUnit unit) => unit switch
    {
        DurationUnit.WorkingHours => value,
        DurationUnit.SameDay => HoursPerDay,
        _ => value * HoursPerDay,
    };
}
