using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendars;
using Workflow.Engine.Workspace;

namespace Workflow.Bench;

/// <summary>
/// What a start or a reload costs: the shipped calendars, and the whole procedures workspace
/// (organisation, calendars, every definition validated). The tests check that these load
/// correctly; how fast is measured here, the median of several loads after a first one.
/// </summary>
public static class LoadingScenario
{
    private const int Runs = 10;

    public static JsonObject Run() => new()
    {
        ["calendarsMs"] = MedianMs(() => CalendarLoader.Load(Path.Combine(RepositoryPaths.Procedures, "calendars"))),
        ["workspaceMs"] = MedianMs(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures)),
        ["runs"] = Runs,
    };

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
