using System.Text.Json.Nodes;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Workspace;

namespace Workflow.Cluster.Tests;

/// <summary>
/// The procedures the cluster runs: the repository's, plus <c>timer-drill</c> (published here), whose
/// step and dossier deadlines are 9 and 18 working seconds; in this copy every day of the year is
/// worked round the clock. So the timers the engine itself writes for each drill dossier come due
/// seconds later, whatever the hour the test runs at (only the minute 23:59–24:00, Vietnam time, is
/// not worked: a timer may wait past it).
/// </summary>
public static class ClusterProcedures
{
    public const string Drill = "timer-drill";

    public const string DrillUnit = "x-tan-phu-my";

    public static string Prepare(TemporaryFolder folder)
    {
        var root = folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        folder.CopyFrom(Path.Combine(RepositoryPaths.Root, "tests", "Cluster.Tests", "Procedures", Drill), Path.Combine("procedures", Drill));

        // Deadlines count statutory working time, which follows the state's working week (not a unit's desk hours).
        var calendars = Path.Combine(root, "calendars");
        var hours = JsonNode.Parse(File.ReadAllText(Path.Combine(calendars, "working-hours.json")))!.AsObject();
        hours["default"] = new JsonObject
        {
            ["workingWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            ["periods"] = new JsonArray(new JsonObject { ["start"] = "00:00", ["end"] = "23:59" }),
        };
        File.WriteAllText(Path.Combine(calendars, "working-hours.json"), hours.ToJsonString());
        foreach (var year in Directory.GetFiles(calendars, "2*.json"))
        {
            var file = JsonNode.Parse(File.ReadAllText(year))!.AsObject();
            file["daysOff"] = new JsonArray();
            file["workingWeekendDays"] = new JsonArray();
            File.WriteAllText(year, file.ToJsonString());
        }

        var published = DefinitionPublisher.Publish(root, Drill, 1, "Kiểm thử cụm máy chủ", DateTimeOffset.UtcNow, ProceduresWorkspace.DefinitionOptions(root));
        if (!published.Succeeded)
        {
            throw new InvalidOperationException($"{Drill} could not be published: {published.Error} {string.Join(" ", published.Problems)}");
        }

        return root;
    }
}
