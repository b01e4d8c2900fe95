using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Planning;
using Workflow.Engine.Workspace;

namespace Workflow.Bench;

/// <summary>
/// What a start or a reload costs: the shipped calendars, and the whole procedures workspace
/// (organisation, calendars, every definition validated); and what the statutory-time check costs,
/// which the designer runs after every edit. The tests check that these load
/// correctly; how fast is measured here, the median of several loads after a first one.
/// </summary>
public static class LoadingScenario
{
    private const int Runs = 10;

    public static JsonObject Run()
    {
        var workspace = ProceduresWorkspace.Load(RepositoryPaths.Procedures);
        var check = new StatutoryTimeCheck(workspace.Calendar);
        var definitions = workspace.Catalog.All.ToList();

        // The same process against 10 calendar days: every eve and first day after a break of the year is tried.
        var household = workspace.Catalog.Find("business-household-registration", 2)!;
        var calendarDays = household with { StatutoryTime = household.StatutoryTime with { Value = 10, Unit = DurationUnit.CalendarDays } };
        return new()
        {
            ["calendarsMs"] = MedianMs(() => CalendarLoader.Load(Path.Combine(RepositoryPaths.Procedures, "calendars"))),
            ["workspaceMs"] = MedianMs(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures)),
            ["statutoryTimeCheckMsPerDefinition"] = Math.Round(MedianMs(() => definitions.ForEach(d => check.Check(d))) / definitions.Count, 2),
            ["statutoryTimeCheckCalendarDaysMs"] = MedianMs(() => check.Check(calendarDays)),
            ["runs"] = Runs,
        };
    }

    private static double MedianMs(Action load)
    {
        load();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            load();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Math.Round(Figure.Of(times).Median, 1);
    }
}
