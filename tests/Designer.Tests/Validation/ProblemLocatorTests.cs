using Workflow.Designer.Editing;
using Workflow.Designer.Tests.Support;
using Workflow.Designer.Validation;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Tests.Validation;

public class ProblemLocatorTests
{
    [Theory]
    [InlineData("$.process.steps[1].outcomes[0].to", DefinitionSection.Process, "review", "outcomes[0].to")]
    [InlineData("$.process.steps[1]", DefinitionSection.Process, "review", null)]
    [InlineData("$.process.steps[12].result", DefinitionSection.Process, "refused", "result")]
    [InlineData("$.process.start", DefinitionSection.Process, "receive", "start")]
    [InlineData("$.process.steps[99]", DefinitionSection.Process, null, null)]
    [InlineData("$.statutoryTime", DefinitionSection.Metadata, null, "$.statutoryTime")]
    [InlineData("$.fees[0].amount", DefinitionSection.Fees, null, "$.fees[0].amount")]
    [InlineData("$.documents[3].when", DefinitionSection.Documents, null, "$.documents[3].when")]
    [InlineData("$.data[1]", DefinitionSection.Data, null, "$.data[1]")]
    [InlineData("$", DefinitionSection.Metadata, null, null)]
    [InlineData("", DefinitionSection.Metadata, null, null)]
    public void A_json_path_points_at_its_step_or_its_panel(string path, DefinitionSection section, string? stepId, string? member)
    {
        var location = ProblemLocator.Locate(path, SampleDefinitions.Read("building-permit-house", 2));

        Assert.Equal(new ProblemLocation(section, stepId, member), location);
    }

    [Fact]
    public void Clicking_a_problem_of_the_loader_selects_the_step_it_points_into()
    {
        var editor = new DefinitionEditor("building-permit-house", 3, SampleDefinitions.NextDraftOf("building-permit-house", 2), false, SampleDefinitions.Validator());

        editor.Apply(d => StepEdits.UpdateOutcome(d, "head-review", 2, new OutcomeDraft("rework", "Trả lại chuyên viên", OutcomeKind.Rework, "tham-dinh-lai", true)));
        var problem = Assert.Single(editor.Problems, p => p.IsError);
        Assert.Equal(ProblemCodes.UnknownStep, problem.Code);

        var location = editor.SelectProblem(problem);

        Assert.Equal("head-review", location.StepId);
        Assert.Equal("outcomes[2].to", location.MemberPath);
        Assert.Equal("head-review", editor.SelectedStepId);
        Assert.Equal(DefinitionSection.Process, editor.SelectedSection);
    }

    [Fact]
    public void A_problem_of_the_statutory_time_opens_the_procedure_panel()
    {
        var editor = new DefinitionEditor("building-permit-house", 3, SampleDefinitions.NextDraftOf("building-permit-house", 2), false, SampleDefinitions.Validator());
        editor.SelectStep("review");

        editor.Apply(d => MetadataEdits.SetStatutoryTime(d, 10, Engine.Deadlines.DurationUnit.WorkingDays, null));
        var problem = Assert.Single(editor.Problems);
        Assert.Equal(ProblemCodes.DurationsExceedStatutoryTime, problem.Code);
        editor.SelectProblem(problem);

        Assert.Null(editor.SelectedStepId);
        Assert.Equal(DefinitionSection.Metadata, editor.SelectedSection);
    }
}
