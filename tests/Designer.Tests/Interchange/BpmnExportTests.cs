using System.Xml.Linq;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;

namespace Workflow.Designer.Tests.Interchange;

public class BpmnExportTests
{
    [Theory]
    [MemberData(nameof(SampleDefinitions.Versions), MemberType = typeof(SampleDefinitions))]
    public void The_export_of_every_shipped_version_is_valid_against_the_BPMN_2_schemas(string procedureId, int version)
    {
        var xml = BpmnExporter.ExportText(SampleDefinitions.Read(procedureId, version));

        Assert.Empty(BpmnSchema.Problems(xml));
    }

    [Fact]
    public void The_schemas_catch_a_flow_that_names_no_target_so_a_valid_export_means_something()
    {
        var xml = BpmnSchema.Parse(BpmnExporter.ExportText(SampleDefinitions.Read("certified-copy", 1)));
        xml.Descendants(BpmnVocabulary.Model + "sequenceFlow").First().Attribute("targetRef")!.Remove();

        Assert.Contains(BpmnSchema.Problems(xml.ToString()), p => p.Contains("targetRef", StringComparison.Ordinal));
    }
}
