using System.Xml.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;
using Workflow.Designer.Workspace;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Designer.Tests.Interchange;

public class ProcessFormatInterchangeTests
{
    [Fact]
    public async Task A_draft_left_half_edited_by_hand_is_refused_for_export_with_a_sentence_naming_the_version_and_line()
    {
        using var harness = await DesignerHarness.StartAsync();
        var interchange = Interchange(harness);
        var started = await harness.Workspace.StartNewVersionAsync("certified-copy");
        var path = DefinitionPublisher.VersionPath(harness.Procedures, "certified-copy", started.Version);
        await File.WriteAllTextAsync(path, "{\n  \"id\": \"certified-copy\",\n  \"version\": ");

        var bpmn = await Assert.ThrowsAsync<DesignerRefusedException>(() => interchange.ExportBpmnAsync("certified-copy", started.Version));
        var elsa = await Assert.ThrowsAsync<DesignerRefusedException>(() => interchange.ExportElsaAsync("certified-copy", started.Version));

        Assert.All([bpmn, elsa], refused =>
        {
            Assert.Equal(DesignerRefusal.MalformedJson, refused.Reason);
            Assert.Equal("version", refused.Member);
        });
        Assert.StartsWith($"certified-copy/v{started.Version} chưa phải một đối tượng JSON hợp lệ (dòng 3,", bpmn.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_file_whose_procedure_id_is_not_text_is_refused_naming_the_id_and_nothing_is_written()
    {
        using var harness = await DesignerHarness.StartAsync();
        var document = XDocument.Parse(BpmnExporter.ExportText(SampleDefinitions.Read("certified-copy", 1)));
        var metadata = document.Descendants(BpmnVocabulary.Extension + "procedure").Single();
        metadata.Value = metadata.Value.Replace("\"id\":\"certified-copy\"", "\"id\":{\"value\":\"certified-copy\"}", StringComparison.Ordinal);
        var before = Directory.GetFiles(harness.Procedures, "*.json", SearchOption.AllDirectories).Length;

        var refused = await Assert.ThrowsAsync<DesignerRefusedException>(() => Interchange(harness).ImportBpmnAsync(document.ToString()));

        Assert.Equal(DesignerRefusal.InvalidProcedureId, refused.Reason);
        Assert.Equal("procedureId", refused.Member);
        Assert.Equal(before, Directory.GetFiles(harness.Procedures, "*.json", SearchOption.AllDirectories).Length);
    }

    private static ProcessFormatInterchange Interchange(DesignerHarness harness) => new(harness.Workspace, NullLogger<ProcessFormatInterchange>.Instance);
}
