using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Diagram;
using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Tests.Editing;

/// <summary>
/// File steps (liên thông) edited in the designer: each edit writes the members in the file's order,
/// and the loader's checks against the other procedures of the catalogue (WF085–WF089) come back live.
/// </summary>
public class FileStepEditTests
{
    private static readonly OrganisationChoices Choices = new(SampleDefinitions.Workspace);

    private static readonly StepDefaults Defaults = new("specialist", "commune") { Linked = Choices.Procedure("child-health-insurance-card") };

    /// <summary>Birth registration files the residence registration and the health-insurance card.</summary>
    private static DefinitionDocument Draft() => SampleDefinitions.NextDraftOf("birth-registration", 2);

    private static IReadOnlyList<string> ErrorCodes(DefinitionDocument document) =>
        SampleDefinitions.Validate(document).Problems.Where(p => p.IsError).Select(p => p.Code).Distinct().Order().ToList();

    private static IReadOnlyList<string> Members(JObject step) => step.Properties().Select(p => p.Name).ToList();

    [Fact]
    public void The_next_draft_of_the_linked_sample_loads_without_errors()
    {
        Assert.Empty(ErrorCodes(Draft()));
    }

    [Fact]
    public void A_step_turned_into_a_file_step_files_the_offered_procedure_with_its_required_fields_and_loads()
    {
        var document = Draft();
        ProcessEdits.ChangeKind(document, "file-insurance", StepKind.Wait, Defaults);
        Assert.Equal("wait", (string?)SampleDefinitions.StepOf(document, "file-insurance")["kind"]);

        ProcessEdits.ChangeKind(document, "file-insurance", StepKind.File, Defaults);

        var step = SampleDefinitions.StepOf(document, "file-insurance");
        Assert.Equal(["id", "name", "kind", "procedure", "receiver", "pass", "await", "next"], Members(step));
        Assert.Equal("child-health-insurance-card", (string?)step["procedure"]);
        Assert.Equal("social-insurance", (string?)step["receiver"]!["unitKind"]);
        Assert.Equal(["childName", "birthDate", "healthFacility"], step["pass"]!.Values<string>());
        Assert.Equal("ended", (string?)step["await"]);
        Assert.Equal("linked-done", (string?)step["next"]);
        Assert.Empty(ErrorCodes(document));
    }

    [Fact]
    public void Without_a_procedure_to_offer_a_new_file_step_is_told_what_it_still_needs()
    {
        var document = Draft();
        var id = ProcessEdits.AddStep(document, StepKind.File, "Chuyển hồ sơ", Defaults with { Linked = null }, afterStepId: "sign");

        var problems = SampleDefinitions.Validate(document).Problems.Where(p => p.JsonPath == $"$.process.steps[{document.IndexOfStep(id)}]").ToList();
        Assert.Contains(problems, p => p.Code == ProblemCodes.MissingForKind && p.Message.Contains("\"procedure\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Code == ProblemCodes.MissingForKind && p.Message.Contains("\"receiver\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Procedure_receiver_pass_and_await_are_written_in_the_file_s_order_and_awaiting_the_result_needs_otherwise()
    {
        var document = Draft();
        var index = document.IndexOfStep("file-residence");
        var step = SampleDefinitions.StepOf(document, "file-residence");
        foreach (var member in new[] { "procedure", "receiver", "pass", "await" })
        {
            step.Remove(member);
        }

        StepEdits.SetAwait(document, "file-residence", ChildAwait.Issued);
        StepEdits.SetPass(document, "file-residence", ["residenceAddress", "childName", "birthDate"]);
        StepEdits.SetReceiver(document, "file-residence", "commune-police");
        StepEdits.SetLinkedProcedure(document, "file-residence", "permanent-residence-registration");

        Assert.Equal(["id", "name", "kind", "procedure", "receiver", "pass", "await", "next"], Members(step));
        Assert.Equal(["childName", "birthDate", "residenceAddress"], step["pass"]!.Values<string>()); // this procedure's order
        var missing = Assert.Single(SampleDefinitions.Validate(document).Problems, p => p.IsError);
        Assert.Equal((ProblemCodes.MissingForKind, $"$.process.steps[{index}]"), (missing.Code, missing.JsonPath));
        Assert.Contains("\"otherwise\"", missing.Message, StringComparison.Ordinal);

        LinkEdits.Connect(document, LinkSource.Otherwise("file-residence"), "return");

        Assert.Equal(["id", "name", "kind", "procedure", "receiver", "pass", "await", "next", "otherwise"], Members(step));
        Assert.Empty(ErrorCodes(document));

        // Not awaiting the result any more: "otherwise" would be ignored, so it goes.
        StepEdits.SetAwait(document, "file-residence", ChildAwait.None);
        Assert.Null(step["otherwise"]);
        Assert.DoesNotContain(SampleDefinitions.Validate(document).Problems, p => p.JsonPath.StartsWith($"$.process.steps[{index}]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixed_receiving_unit_is_written_after_its_kind_and_removed_with_an_empty_choice()
    {
        var document = Draft();
        var unit = Choices.UnitsOf("commune-police").First().Id;

        StepEdits.SetReceiver(document, "file-residence", "commune-police", unit);
        Assert.Equal(["unitKind", "unit"], Members((JObject)SampleDefinitions.StepOf(document, "file-residence")["receiver"]!));

        StepEdits.SetReceiver(document, "file-residence", "commune-police", "");
        Assert.Equal(["unitKind"], Members((JObject)SampleDefinitions.StepOf(document, "file-residence")["receiver"]!));
    }

    [Fact]
    public void The_checks_against_the_other_procedures_come_back_as_the_step_is_edited()
    {
        var document = Draft();
        var path = $"$.process.steps[{document.IndexOfStep("file-residence")}]";
        IReadOnlyList<(string Code, string Path)> Linked() => SampleDefinitions.Validate(document).Problems
            .Where(p => p.IsError).Select(p => (p.Code, p.JsonPath)).ToList();

        StepEdits.SetLinkedProcedure(document, "file-residence", "no-such-procedure");
        Assert.Equal([(ProblemCodes.LinkedProcedureUnknown, $"{path}.procedure")], Linked());

        // The health-insurance card is received at the social insurance office and needs the health facility.
        StepEdits.SetLinkedProcedure(document, "file-residence", "child-health-insurance-card");
        Assert.Equal([(ProblemCodes.LinkedReceiverKindMismatch, $"{path}.receiver.unitKind"), (ProblemCodes.LinkedRequiredFieldNotPassed, $"{path}.pass")], Linked());

        StepEdits.SetReceiver(document, "file-residence", "social-insurance");
        StepEdits.SetPass(document, "file-residence", ["childName", "birthDate", "residenceAddress", "healthFacility", "linked"]);
        Assert.Equal([(ProblemCodes.LinkedFieldUnknown, $"{path}.pass[2]")], Linked());

        StepEdits.SetPass(document, "file-residence", ["childName", "birthDate", "healthFacility"]);
        Assert.Empty(Linked());

        // Filing birth registration from birth registration never ends.
        StepEdits.SetLinkedProcedure(document, "file-residence", "birth-registration");
        StepEdits.SetReceiver(document, "file-residence", "commune");
        Assert.Contains((ProblemCodes.LinkedProcedureCycle, $"{path}.procedure"), Linked());
    }

    [Fact]
    public void The_diagram_draws_a_file_step_s_next_and_otherwise_links_from_ports_that_can_be_redrawn()
    {
        var document = Draft();
        StepEdits.SetAwait(document, "file-residence", ChildAwait.Issued);
        StepEdits.SetOtherwise(document, "file-residence", "return");
        var editor = new DefinitionEditor("birth-registration", 3, document, readOnly: false, SampleDefinitions.Validator());

        var snapshot = DiagramSnapshot.Of(editor);
        var node = snapshot.Graph.Node("file-residence")!;
        Assert.Equal([(LinkSlot.Next, "linked-done"), (LinkSlot.Otherwise, "return")], node.Ports.Select(p => (p.Source.Slot, p.TargetStepId)));

        var diagram = FlowDiagramBuilder.Create();
        FlowDiagramBuilder.Populate(diagram, snapshot, Choices);
        var links = diagram.Links.OfType<FlowLinkModel>().Where(l => l.Edge.From == "file-residence").Select(l => (l.Edge.Source.Slot, l.Edge.To)).ToList();
        Assert.Equal([(LinkSlot.Next, "linked-done"), (LinkSlot.Otherwise, "return")], links);
        var model = diagram.Nodes.OfType<StepNodeModel>().Single(n => n.StepId == "file-residence");
        Assert.Equal(2, model.Slots.Count);

        editor.Apply(d => LinkEdits.Connect(d, LinkSource.Otherwise("file-residence"), "refused"));
        Assert.Equal("refused", (string?)editor.Document.FindStep("file-residence")!["otherwise"]);

        // A step that does not await the result has only "next" to connect.
        editor.Apply(d => StepEdits.SetAwait(d, "file-residence", ChildAwait.Ended));
        Assert.Equal([LinkSlot.Next], FlowGraph.Of(editor.Document).Node("file-residence")!.Ports.Select(p => p.Source.Slot));
    }

    [Fact]
    public void A_file_step_shows_the_procedure_where_it_goes_and_what_it_waits_for()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            var graph = FlowGraph.Of(SampleDefinitions.Read("birth-registration", 2));
            var text = StepNodeText.Of(graph.Node("file-insurance")!, Choices);

            Assert.Equal("Lập hồ sơ liên thông", text.KindLabel);
            Assert.Equal(Choices.Procedure("child-health-insurance-card")!.Name, text.Details[0]);
            Assert.StartsWith("Gửi đến: ", text.Details[1], StringComparison.Ordinal);
            Assert.DoesNotContain("social-insurance", text.Details[1], StringComparison.Ordinal);
            Assert.Equal("Chờ đến khi hồ sơ liên thông kết thúc", text.Details[2]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
