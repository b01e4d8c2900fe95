using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Planning;

namespace Workflow.Designer.Simulation;

/// <summary>
/// What the summary above the diagram says about time. Whether the steps fit the statutory time is
/// the loader's own check for WF040/WF041 (<see cref="StatutoryTimeCheck"/>: the worst receipt
/// instant over a year of the version's calendar, planned as the simulation plans it), so the
/// designer never calls a version "within time" that the simulation finds late. The route shaded
/// on the diagram is the one that finishes last for that receipt; its durations are also added up
/// in working days (8 working hours a day; a same-day step is one day) as a rough size.
/// </summary>
public sealed record LongestPathSummary(IReadOnlyList<string> StepIds, decimal StepDays, decimal StatutoryDays, StatutoryTimeFit? Fit)
{
    private const decimal HoursPerDay = 8m;

    /// <summary>Within the statutory time for every receipt tried; when the process cannot be planned, the durations added up.</summary>
    public bool Fits => Fit?.Fits ?? StepDays <= StatutoryDays;

    public static LongestPathSummary Of(ProcedureDefinition definition, DefinitionLoadOptions options)
    {
        var fit = new StatutoryTimeCheck(options.Calendar, options.DefaultConvention).Check(definition);
        var path = fit?.Route ?? new ProcessGraph(definition.Process).LongestPath(StepHours);
        var total = path.Select(id => definition.Process.Find(id)).OfType<StepDefinition>().Sum(StepHours);
        var statutory = Hours(definition.StatutoryTime.Value, definition.StatutoryTime.Unit);
        return new LongestPathSummary(path, total / HoursPerDay, statutory / HoursPerDay, fit);
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
