using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Interchange;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Localization;

namespace Workflow.Designer.Tests.Interchange;

public class BpmnImportTests
{
    /// <summary>A small process as another modeler draws it: no extension of ours, a merge gateway, a boundary timer, a lane.</summary>
    private const string ForeignProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="urn:example">
          <process id="Leave_Request" name="Xin cấp bản sao">
            <laneSet id="ls"><lane id="Lane_1" name="Bộ phận một cửa"><flowNodeRef>Receive</flowNodeRef></lane></laneSet>
            <startEvent id="Start" />
            <userTask id="Receive" name="Tiếp nhận">
              <potentialOwner><resourceAssignmentExpression><formalExpression>desk-officer@commune</formalExpression></resourceAssignmentExpression></potentialOwner>
            </userTask>
            <exclusiveGateway id="Check" name="Đủ giấy tờ?" default="f_no" />
            <serviceTask id="Notify" name="Gửi tin nhắn" />
            <exclusiveGateway id="Merge" />
            <intermediateCatchEvent id="Wait_Papers" name="Chờ bổ sung"><messageEventDefinition id="m" /></intermediateCatchEvent>
            <boundaryEvent id="Timeout" attachedToRef="Receive"><timerEventDefinition id="t" /></boundaryEvent>
            <endEvent id="Done" />
            <sequenceFlow id="f0" sourceRef="Start" targetRef="Receive" />
            <sequenceFlow id="f1" name="Chuyển kiểm tra" sourceRef="Receive" targetRef="Check" />
            <sequenceFlow id="f_yes" sourceRef="Check" targetRef="Notify"><conditionExpression xsi:type="tFormalExpression">copies &gt; 0</conditionExpression></sequenceFlow>
            <sequenceFlow id="f_no" sourceRef="Check" targetRef="Wait_Papers" />
            <sequenceFlow id="f2" sourceRef="Notify" targetRef="Merge" />
            <sequenceFlow id="f3" sourceRef="Wait_Papers" targetRef="Merge" />
            <sequenceFlow id="f4" sourceRef="Merge" targetRef="Done" />
          </process>
        </definitions>
        """;

    [Fact]
    public void A_file_from_another_modeler_becomes_a_draft_of_what_BPMN_says_with_each_unmapped_element_named()
    {
        var imported = BpmnImporter.Import(ForeignProcess, Text.English);

        var definition = imported.Definition;
        Assert.Equal("leave-request", imported.ProcedureId);
        Assert.Equal("draft", (string?)definition["status"]);
        var steps = ((JArray)definition["process"]!["steps"]!).Cast<JObject>().ToDictionary(s => (string)s["id"]!);
        Assert.Equal("receive", (string?)definition["process"]!["start"]);
        Assert.Equal("desk-officer", (string?)steps["receive"]["assignee"]!["role"]);
        Assert.Equal("check", (string?)steps["receive"]["outcomes"]![0]!["to"]);
        Assert.Equal("Chuyển kiểm tra", (string?)steps["receive"]["outcomes"]![0]!["name"]);
        Assert.Equal("decision", (string?)steps["check"]["kind"]);
        Assert.Equal("copies > 0", (string?)steps["check"]["rules"]![0]!["when"]);
        Assert.Equal("wait-papers", (string?)steps["check"]["otherwise"]);
        // The merging gateway has no step of its own: both paths lead straight to the end.
        Assert.Equal("done", (string?)steps["wait-papers"]["next"]);
        Assert.Equal("done", (string?)steps["notify"]["outcomes"]![0]!["to"]);
        Assert.False(steps.ContainsKey("merge"));
        Assert.Equal("issued", (string?)steps["done"]["result"]);

        // One element may be named more than once (an automated task read as a task, and nobody assigned to it).
        var unmapped = imported.Unmapped.GroupBy(u => u.ElementId).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal("boundaryEvent", unmapped["Timeout"].Type);
        Assert.Contains("cannot express", unmapped["Timeout"].Message, StringComparison.Ordinal);
        Assert.Equal("serviceTask", unmapped["Notify"].Type);
        Assert.Contains(imported.Unmapped, u => u.ElementId == "Notify" && u.Message.Contains("role", StringComparison.Ordinal));
        Assert.Equal("lane", unmapped["Lane_1"].Type);
        Assert.Equal("process", unmapped["Leave_Request"].Type);
        Assert.False(unmapped.ContainsKey("Receive"));
    }

    [Fact]
    public void A_file_with_a_DTD_is_refused_before_any_entity_is_read_in_Vietnamese_by_default()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&secret;" /></definitions>
            """;

        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(xxe, Text.Vietnamese));

        Assert.Contains("DTD", refused.Message, StringComparison.Ordinal);
        Assert.Contains("vì an toàn", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not xml at all", "not valid XML")]
    [InlineData("<definitions xmlns=\"urn:other\" />", "not BPMN 2.0")]
    [InlineData("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" />", "no process")]
    public void A_file_that_is_not_a_BPMN_process_is_refused_with_a_sentence_saying_why(string xml, string expected)
    {
        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(xml, Text.English));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.False(refused.TooLarge);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_as_too_large_without_being_parsed()
    {
        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(new string(' ', BpmnImporter.MaxFileLength + 1), Text.English));

        Assert.True(refused.TooLarge);
    }

    [Theory]
    [InlineData("procedure")]
    [InlineData("step")]
    [InlineData("phase")]
    public void A_file_whose_extension_was_broken_by_hand_is_refused_naming_the_element_and_its_line(string extension)
    {
        var document = XDocument.Parse(BpmnExporter.ExportText(SampleDefinitions.Read("land-first-certificate", 2)), LoadOptions.SetLineInfo);
        var broken = document.Descendants(BpmnVocabulary.Extension + extension).First();
        var owner = (string)broken.Parent!.Parent!.Attribute("id")!;
        // The closing brace deleted, as a slip in a text editor would.
        broken.Value = broken.Value.TrimEnd()[..^1];

        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(document.ToString(), Text.Vietnamese));

        Assert.Contains($"\"{owner}\"", refused.Message, StringComparison.Ordinal);
        Assert.Contains("không phải đối tượng JSON hợp lệ", refused.Message, StringComparison.Ordinal);
        Assert.False(refused.TooLarge);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("outcomes")]
    public void A_file_whose_step_extension_was_given_another_shape_is_refused_with_a_sentence(string member)
    {
        var document = XDocument.Parse(BpmnExporter.ExportText(SampleDefinitions.Read("certified-copy", 1)));
        var step = document.Descendants(BpmnVocabulary.Extension + "step").First(e => e.Value.Contains("\"outcomes\"", StringComparison.Ordinal));
        var json = JObject.Parse(step.Value);
        json[member] = new JObject { ["x"] = 1 };
        step.Value = json.ToString(Newtonsoft.Json.Formatting.None);

        var refused = Assert.Throws<BpmnImportException>(() => BpmnImporter.Import(document.ToString(), Text.English));

        Assert.Contains("does not have the shape of a procedure definition", refused.Message, StringComparison.Ordinal);
    }
}
