using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>
/// The interpreter runs a step through its kind's typed view: every step the validator accepts has
/// one, and a step it would refuse is named with what it lacks instead of failing on a null later.
/// </summary>
public class StepViewTests
{
    [Fact]
    public void Every_step_of_every_shipped_procedure_has_its_kinds_view()
    {
        var workspace = ProceduresWorkspace.Load(RepositoryPaths.Procedures);
        Assert.DoesNotContain(workspace.Problems, p => p.IsError);

        var steps = workspace.Catalog.All.SelectMany(d => d.Process.Steps).ToList();
        Assert.All(steps, step => Assert.Equal(step.Kind, step.Typed().Kind));
        Assert.Equal(Enum.GetValues<StepKind>().Order(), steps.Select(s => s.Kind).Distinct().Order());
    }

    [Fact]
    public void A_task_without_an_assignee_is_refused_naming_the_step_and_the_member()
    {
        var step = new StepDefinition { Id = "review", Kind = StepKind.Task, Duration = new DurationSpec { Value = 1, Unit = DurationUnit.WorkingDays } };

        var refused = Assert.Throws<InvalidStepException>(step.AsTask);

        Assert.Equal("review", refused.StepId);
        Assert.Contains("\"assignee\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_read_as_another_kind_is_refused_naming_both_kinds()
    {
        var step = new StepDefinition { Id = "approve", Kind = StepKind.Task };

        var refused = Assert.Throws<InvalidStepException>(step.AsJoin);

        Assert.Contains("is a task step, not a join step", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_the_engine_does_not_know_is_refused_by_number()
    {
        var step = new StepDefinition { Id = "future", Kind = (StepKind)42 };

        var refused = Assert.Throws<InvalidStepException>(() => step.Typed());

        Assert.Contains("42", refused.Message, StringComparison.Ordinal);
    }
}
