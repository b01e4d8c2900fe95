using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>File steps (liên thông) name other procedures: the loader checks them with every procedure loaded.</summary>
public class LinkedProcedureCheckTests
{
    private const string Data = "\"data\": [ { \"id\": \"area\", \"name\": \"Diện tích\", \"type\": \"number\" } ]";

    private static string FileStep(string procedure = "child", string unitKind = "commune", string pass = "\"area\"") => $$"""
          {
            "id": "receive",
            "name": "Tiếp nhận",
            "kind": "task",
            "assignee": { "role": "desk-officer", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "transfer", "name": "Chuyển", "kind": "forward", "to": "file-child" } ]
          },
          {
            "id": "file-child",
            "name": "Lập hồ sơ liên thông",
            "kind": "file",
            "procedure": "{{procedure}}",
            "receiver": { "unitKind": "{{unitKind}}" },
            "pass": [{{pass}}],
            "await": "ended",
            "next": "done"
          },
          { "id": "done", "name": "Xong", "kind": "end", "result": "issued" }
    """;

    private static IReadOnlyList<Problem> Load(string parent, string child)
    {
        using var folder = new TemporaryFolder();
        folder.Write("procedures/parent/v1.json", parent);
        folder.Write("procedures/child/v1.json", child);
        return DefinitionLoader.LoadFolder(Path.Combine(folder.Path, "procedures")).Problems;
    }

    private static string Parent(string steps) => DefinitionText.Valid(id: "parent", steps: steps);

    private static string Child(string? data = null, string steps = DefinitionText.Steps) =>
        DefinitionText.Valid(id: "child", steps: steps).Replace(Data, data ?? Data);

    [Fact]
    public void A_file_step_naming_a_loaded_procedure_and_passing_its_fields_is_valid()
    {
        Assert.DoesNotContain(Load(Parent(FileStep()), Child()), p => p.IsError);
    }

    [Fact]
    public void An_unknown_child_procedure_is_WF085_naming_the_procedures_there_are()
    {
        var problem = Assert.Single(Load(Parent(FileStep(procedure: "nowhere")), Child()), p => p.IsError);

        Assert.Equal((ProblemCodes.LinkedProcedureUnknown, "$.process.steps[1].procedure"), (problem.Code, problem.JsonPath));
        Assert.Contains("\"nowhere\"", problem.Message);
        Assert.Contains("child, parent", problem.Message);
    }

    [Fact]
    public void A_child_that_files_its_parent_again_is_a_cycle_WF086_on_both()
    {
        var problems = Load(Parent(FileStep()), Child(steps: FileStep(procedure: "parent"))).Where(p => p.IsError).ToList();

        Assert.Equal(2, problems.Count(p => p.Code == ProblemCodes.LinkedProcedureCycle));
        Assert.Contains(problems, p => p.File.EndsWith("parent/v1.json", StringComparison.Ordinal) && p.Message.Contains("parent → child → parent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passed_field_the_parent_does_not_have_or_the_child_does_not_have_is_WF087()
    {
        var notOwn = Load(Parent(FileStep(pass: "\"owner\"")), Child());
        Assert.Contains(notOwn, p => p.Code == ProblemCodes.LinkedFieldUnknown && p.JsonPath == "$.process.steps[1].pass[0]" && p.Message.Contains("\"owner\"", StringComparison.Ordinal));

        var notTheirs = Load(Parent(FileStep()), Child(data: "\"data\": [ { \"id\": \"floors\", \"name\": \"Số tầng\", \"type\": \"number\" } ]"));
        var problem = Assert.Single(notTheirs, p => p.IsError);
        Assert.Equal(ProblemCodes.LinkedFieldUnknown, problem.Code);
        Assert.Contains("floors", problem.Message);

        var otherType = Load(Parent(FileStep()), Child(data: "\"data\": [ { \"id\": \"area\", \"name\": \"Diện tích\", \"type\": \"text\" } ]"));
        Assert.Equal(ProblemCodes.LinkedFieldUnknown, Assert.Single(otherType, p => p.IsError).Code);
    }

    [Fact]
    public void A_receiver_kind_other_than_the_child_procedures_receiving_kind_is_WF088()
    {
        var problem = Assert.Single(Load(Parent(FileStep(unitKind: "district")), Child()), p => p.IsError);

        Assert.Equal((ProblemCodes.LinkedReceiverKindMismatch, "$.process.steps[1].receiver.unitKind"), (problem.Code, problem.JsonPath));
        Assert.Contains("\"unitKind\": \"commune\"", problem.Message);
    }

    [Fact]
    public void A_field_the_child_requires_and_the_parent_does_not_pass_is_WF089()
    {
        var child = Child(data: "\"data\": [ { \"id\": \"area\", \"name\": \"Diện tích\", \"type\": \"number\" }, { \"id\": \"owner\", \"name\": \"Chủ sở hữu\", \"type\": \"text\", \"required\": true } ]");

        var problem = Assert.Single(Load(Parent(FileStep()), child), p => p.IsError);

        Assert.Equal(ProblemCodes.LinkedRequiredFieldNotPassed, problem.Code);
        Assert.Contains("\"owner\"", problem.Message);
    }

    [Fact]
    public void A_file_step_without_procedure_receiver_or_next_names_each_missing_member()
    {
        var steps = FileStep().Replace("\"procedure\": \"child\",", "").Replace("\"next\": \"done\"", "\"await\": \"none\"").Replace("\"await\": \"ended\",", "");
        var problems = Load(Parent(steps), Child()).Where(p => p.Code == ProblemCodes.MissingForKind).Select(p => p.Message).ToList();

        Assert.Contains(problems, m => m.Contains("\"procedure\"", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.Contains("\"next\"", StringComparison.Ordinal));
    }
}
