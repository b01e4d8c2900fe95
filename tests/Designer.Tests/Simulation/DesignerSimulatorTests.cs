using Workflow.Designer.Diagram;
using Workflow.Designer.Editing;
using Workflow.Designer.Simulation;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Tests.Simulation;

public class DesignerSimulatorTests
{
    private static ProcedureDefinition BuildingPermit() => SampleDefinitions.Workspace.Catalog.Find("building-permit-house", 2)!;

    [Fact]
    public void A_dossier_received_before_tet_is_planned_on_the_working_calendar_with_the_days_off_marked()
    {
        var result = new DesignerSimulator().Simulate(SampleDefinitions.Workspace, BuildingPermit(),
            new SimulationRequest(new DateOnly(2026, 2, 13), new TimeOnly(10, 0), null, new Dictionary<string, string> { ["floors"] = "8", ["heritageZone"] = "false" }));

        Assert.True(result.Succeeded, result.Error);
        var plan = result.Plan!;
        Assert.Contains(plan.Steps, s => s.StepId == "consult-land-officer");
        Assert.Equal(new DateOnly(2026, 2, 13), result.Days[0].Date);
        Assert.True(result.Days[0].IsReceived);
        var tet = result.Days.Where(d => d.Kind == CalendarDayKind.DayOff).ToList();
        Assert.NotEmpty(tet);
        Assert.All(tet, d => Assert.False(string.IsNullOrEmpty(d.DayOffName)));
        foreach (var step in plan.Steps)
        {
            Assert.Contains(step.StepId, result.Days.Single(d => d.Date == VietnamTime.LocalDate(step.Due)).StepsDue);
        }

        Assert.Single(result.Days, d => d.IsStatutoryDue);
        Assert.Equal(VietnamTime.LocalDate(plan.StatutoryDue), result.Days.Single(d => d.IsStatutoryDue).Date);
        Assert.All(plan.Steps.Where(s => s.Role is not null), s => Assert.True(VietnamTime.LocalDate(s.Due) is var date && result.Days.Single(d => d.Date == date).IsWorkingDay));
    }

    [Fact]
    public void Without_the_consultation_data_the_decision_takes_its_otherwise_path()
    {
        var result = new DesignerSimulator().Simulate(SampleDefinitions.Workspace, BuildingPermit(),
            new SimulationRequest(new DateOnly(2026, 3, 2), new TimeOnly(8, 30), null, new Dictionary<string, string> { ["floors"] = "3" }));

        Assert.Equal(["receive", "review", "head-review", "sign", "return"], result.Plan!.Steps.Select(s => s.StepId));
        Assert.True(result.Plan.FitsStatutoryTime);
    }

    [Fact]
    public void The_longest_path_is_the_route_that_finishes_last_and_fits_the_statutory_time()
    {
        var summary = LongestPathSummary.Of(BuildingPermit(), SampleDefinitions.Validator().Options);

        Assert.Equal(["receive", "review", "needs-opinions", "consult-agencies", "consult-construction", "opinions-received", "head-review", "sign", "return", "issued"], summary.StepIds);
        Assert.Equal((15m, 15m, true), (summary.StepDays, summary.StatutoryDays, summary.Fits));
        Assert.True(summary.Fit!.Fits);
    }

    /// <summary>
    /// The defect: with its signing made one whole day, business household registration still adds up
    /// to its 3 days, and the summary called it "within time"; received at 16:00 before a holiday it is
    /// late, and the summary now says so, naming that receipt, which the simulation confirms.
    /// </summary>
    [Fact]
    public void The_summary_never_calls_within_time_a_version_the_simulation_finds_late()
    {
        var draft = SampleDefinitions.NextDraftOf("business-household-registration", 2);
        MetadataEdits.SetEffectiveFrom(draft, new DateOnly(2026, 4, 1));
        var editor = new DefinitionEditor("business-household-registration", 3, draft, false, SampleDefinitions.Validator());
        Assert.True(DiagramSnapshot.Of(editor).LongestPath!.Fits);

        editor.Apply(d => StepEdits.SetDuration(d, "approve", 1, DurationUnit.WorkingDays));

        Assert.Equal([ProblemCodes.DurationsExceedStatutoryTime], editor.Problems.Where(p => p.IsError).Select(p => p.Code));
        Assert.Null(editor.Definition);
        var summary = DiagramSnapshot.Of(editor).LongestPath!;
        Assert.Equal((3m, 3m), (summary.StepDays, summary.StatutoryDays));
        Assert.False(summary.Fits);
        Assert.Equal(new DateTimeOffset(2026, 4, 24, 16, 0, 0, VietnamTime.Offset), summary.Fit!.Received);

        var local = VietnamTime.LocalDateTime(summary.Fit.Received);
        var simulated = new DesignerSimulator().Simulate(SampleDefinitions.Workspace, editor.PlannableDefinition!,
            new SimulationRequest(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)));
        Assert.False(simulated.Plan!.FitsStatutoryTime);
        Assert.Equal(summary.Fit.PlannedFinish, simulated.Plan.PlannedFinish);
    }

    [Fact]
    public void Numbers_and_yes_no_values_are_read_as_typed()
    {
        var data = DataValueParser.Parse(BuildingPermit().Data, new Dictionary<string, string> { ["floors"] = "8", ["floorArea"] = "120,5", ["sharedWall"] = "true", ["heritageZone"] = "" });

        Assert.Equal(8m, data["floors"]);
        Assert.Equal(120.5m, data["floorArea"]);
        Assert.Equal(true, data["sharedWall"]);
        Assert.False(data.ContainsKey("heritageZone"));
    }
}
