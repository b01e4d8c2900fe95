using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Simulation;
using Workflow.Designer.Tests.Support;
using Workflow.Designer.Validation;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Tests.Editing;

/// <summary>The phases panel's edits write what the loader reads, and its problems (WF080–WF084) appear as the analyst edits.</summary>
public class PhaseEditTests
{
    private static IReadOnlyList<Problem> Problems(DefinitionDocument document) => SampleDefinitions.Validate(document).Problems;

    [Fact]
    public void A_phase_added_to_a_process_is_checked_as_it_is_filled_in()
    {
        var document = SampleDefinitions.NextDraftOf("building-permit-house", 2);

        PhaseEdits.Add(document, new PhaseDraft("giai-doan", "Thẩm định hồ sơ", PhaseBearer.Agency, 1, DurationUnit.WorkingDays, []));

        Assert.Equal(["start", "phases", "steps"], ((JObject)document.Root["process"]!).Properties().Select(p => p.Name));
        var empty = Assert.Single(Problems(document), p => p.Code == ProblemCodes.PhaseWithoutSteps);
        Assert.Equal("$.process.phases[0].steps", empty.JsonPath);
        Assert.Equal(DefinitionSection.Phases, ProblemLocator.Locate(empty, document).Section);

        PhaseEdits.Update(document, 0, PhaseEdits.Read(document)[0] with { Steps = ["review"], BudgetValue = 40 });

        var over = Assert.Single(Problems(document), p => p.Code == ProblemCodes.PhaseBudgetsExceedStatutoryTime);
        Assert.Contains("40 ngày làm việc", over.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Problems(document), p => p.Code == ProblemCodes.PhaseWithoutSteps);

        PhaseEdits.Update(document, 0, PhaseEdits.Read(document)[0] with { BorneBy = PhaseBearer.Citizen });

        Assert.DoesNotContain(Problems(document), p => p.Code.StartsWith("WF08", StringComparison.Ordinal));
    }

    [Fact]
    public void Renaming_or_removing_a_step_follows_into_its_phase()
    {
        var document = SampleDefinitions.NextDraftOf("land-first-certificate", 2);

        ProcessEdits.ChangeStepId(document, "branch-head", "branch-leader");
        ProcessEdits.RemoveStep(document, "tax-assessment");

        Assert.Equal(["receive", "branch-review", "branch-leader"], PhaseEdits.Read(document)[0].Steps);
        Assert.DoesNotContain(Problems(document), p => p.Code is ProblemCodes.UnknownStepInPhase);
    }

    [Fact]
    public void Phases_move_in_order_and_the_last_one_removed_takes_the_member_with_it()
    {
        var document = SampleDefinitions.NextDraftOf("land-first-certificate", 2);
        Assert.Equal(["tiep-nhan-tham-dinh", "nghia-vu-tai-chinh", "cap-tra-giay-chung-nhan"], PhaseEdits.Read(document).Select(p => p.Id));

        PhaseEdits.Move(document, 2, -1);
        PhaseEdits.Move(document, 0, -1);

        Assert.Equal(["tiep-nhan-tham-dinh", "cap-tra-giay-chung-nhan", "nghia-vu-tai-chinh"], PhaseEdits.Read(document).Select(p => p.Id));
        Assert.Equal((PhaseBearer.Citizen, 30m, DurationUnit.CalendarDays), (PhaseEdits.Read(document)[2].BorneBy, PhaseEdits.Read(document)[2].BudgetValue, PhaseEdits.Read(document)[2].BudgetUnit));

        for (var i = 2; i >= 0; i--)
        {
            PhaseEdits.Remove(document, i);
        }

        Assert.Null(document.Root["process"]!["phases"]);
        Assert.Throws<DefinitionEditException>(() => PhaseEdits.Remove(document, 0));
    }

    [Fact]
    public void Each_phase_gets_its_planned_and_worst_time_for_a_receipt_at_the_opening()
    {
        var definition = SampleDefinitions.Workspace.Catalog.Find("land-first-certificate", 2)!;

        var figures = PhaseFigures.For(definition, SampleDefinitions.Validator().Options, new DateOnly(2026, 12, 14));

        Assert.NotNull(figures);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 7, 0, 0, TimeSpan.FromHours(7)), figures.Value.Received);
        var first = figures.Value.Phases[0];
        // Under the Civil Code the day of receipt is not counted: the phase's steps end the next Monday at 11:00,
        // 5.5 working days after the receipt, yet within its 5 working days counted from Tuesday.
        Assert.Equal((TimeSpan.FromHours(44), true), (first.PlannedTime, first.FitsBudget));
        Assert.True(figures.Value.Phases[1].IsCitizens);
    }
}
