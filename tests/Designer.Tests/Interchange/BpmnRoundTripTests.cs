using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Designer.Tests.Interchange;

public class BpmnRoundTripTests
{
    [Theory]
    [MemberData(nameof(SampleDefinitions.Versions), MemberType = typeof(SampleDefinitions))]
    public void Exporting_a_shipped_version_and_importing_it_gives_the_same_process_as_a_draft_with_nothing_unmapped(string procedureId, int version)
    {
        var original = SampleDefinitions.Read(procedureId, version);

        var imported = BpmnImporter.Import(BpmnExporter.ExportText(original));

        Assert.Empty(imported.Unmapped);
        var expected = (JObject)original.Root.DeepClone();
        expected["status"] = "draft";
        Assert.Equal(ContentHash.CanonicalJson(expected), ContentHash.CanonicalJson(imported.Definition));
        // The draft is a definition the loader reads without a problem of its own making.
        var problems = SampleDefinitions.Validate(DefinitionDocument.Of(imported.Definition)).Problems.Where(p => p.IsError && p.Code is not ("WF060" or "WF061" or "WF062" or "WF063" or "WF064")).ToList();
        Assert.Empty(problems);
    }
}
