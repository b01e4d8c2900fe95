using Newtonsoft.Json.Linq;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;

namespace Workflow.Designer.Tests.Interchange;

public class ElsaExportTests
{
    [Theory]
    [MemberData(nameof(SampleDefinitions.Versions), MemberType = typeof(SampleDefinitions))]
    public void Every_shipped_version_exports_as_one_flowchart_with_unique_activities_one_start_and_connections_between_its_activities(string procedureId, int version)
    {
        var document = SampleDefinitions.Read(procedureId, version);

        var workflow = ElsaExporter.Export(document);

        Assert.Equal(procedureId, (string?)workflow["definitionId"]);
        Assert.Equal(version, (int?)workflow["version"]);
        var root = (JObject)workflow["root"]!;
        Assert.Equal("Elsa.Flowchart", (string?)root["type"]);
        var activities = ((JArray)root["activities"]!).Cast<JObject>().ToList();
        var ids = activities.Select(a => (string?)a["id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Single(activities, a => (string?)a["type"] == "Elsa.Start");
        // Every step is an activity of the flowchart.
        Assert.All(document.StepIds, id => Assert.Contains(id, ids));
        var connections = ((JArray)root["connections"]!).Cast<JObject>().ToList();
        Assert.All(connections, c =>
        {
            Assert.Contains((string?)c["source"]!["activity"], ids);
            Assert.Contains((string?)c["target"]!["activity"], ids);
        });
        // Nothing but the start stands without an incoming connection: every step can be reached.
        var targets = connections.Select(c => (string?)c["target"]!["activity"]).ToHashSet();
        Assert.All(activities.Where(a => (string?)a["type"] != "Elsa.Start"), a => Assert.Contains((string?)a["id"], targets));
        // The dossier's data are the workflow's variables.
        Assert.Equal(((JArray?)document.Root["data"])?.Count ?? 0, ((JArray)workflow["variables"]!).Count);
    }
}
