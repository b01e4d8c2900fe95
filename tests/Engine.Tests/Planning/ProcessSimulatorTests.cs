using Newtonsoft.Json.Linq;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Planning;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Planning;

public class ProcessSimulatorTests
{
    private static ProcessSimulator Simulator() =>
        new(new DeadlineCalculator(EngineHarness.RepositoryWorkspace.Calendar), EngineHarness.RepositoryWorkspace.Organisation);

    [Fact]
    public void The_land_certificate_plan_skips_Tet_and_fits_its_ten_working_days()
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find("land-first-certificate", 1)!;
        var plan = Simulator().Plan(definition, EngineHarness.Local(2026, 2, 13, 10, 0), "x-tan-phu-my");

        Assert.Equal(EngineHarness.Local(2026, 3, 6, 17, 0), plan.StatutoryDue);
        var receive = plan.Steps.Single(s => s.StepId == "receive");
        Assert.Equal(EngineHarness.Local(2026, 2, 23, 17, 0), receive.Due);
        Assert.Equal("thue-hoa-an", plan.Steps.Single(s => s.StepId == "tax-assessment").UnitId);
        Assert.Equal(EngineHarness.Local(2026, 3, 5, 11, 0), plan.PlannedFinish);
        Assert.True(plan.FitsStatutoryTime);
    }

    [Fact]
    public void Parallel_branches_are_planned_side_by_side_and_joined_by_their_mode()
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find("building-permit-house", 2)!;
        var data = new Dictionary<string, object?> { ["heritageZone"] = true, ["floors"] = 3m };
        var plan = Simulator().Plan(definition, EngineHarness.Local(2026, 3, 2, 8, 0), "x-tan-phu-my", data);

        var branches = plan.Steps.Where(s => s.StepId.StartsWith("consult-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, branches.Count);
        Assert.Single(branches.Select(b => b.Start).Distinct());
        var join = plan.Steps.Single(s => s.StepId == "opinions-received");
        // Two of three answers: the land officer's (2 days) and the first 3-day opinion.
        Assert.Equal(branches.Select(b => b.Due).Order().ElementAt(1), join.Due);
        Assert.Equal("2/3", join.Note);
    }

    [Fact]
    public void A_consultation_where_silence_is_agreement_is_planned_to_end_at_its_deadline_when_the_agencies_take_longer()
    {
        var json = JObject.Parse(File.ReadAllText(TestProcedures.File(ConsultationProcedure.Id)));
        foreach (var branch in ((JArray)json["process"]!["steps"]!).Where(s => ((string?)s["id"])!.StartsWith("consult-", StringComparison.Ordinal) && (string?)s["kind"] == "task"))
        {
            branch["duration"]!["value"] = 5;
        }

        var read = DefinitionLoader.LoadText(json.ToString(), "consultation-deadline/v1.json", ConsultationProcedure.Id, 1, new DefinitionLoadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));

        // Received Thursday 26/02 08:00: the desk's day ends Friday 17:00, the review's 3 days Wednesday 04/03 17:00;
        // the agencies would need 5 working days, but the 2-day deadline ends Friday 06/03 17:00 and silence is agreement.
        var plan = Simulator().Plan(read.Definition!, EngineHarness.Local(2026, 2, 26, 8, 0), "x-tan-phu-my");
        var join = plan.Steps.Single(s => s.StepId == "opinions-received");
        Assert.Equal(EngineHarness.Local(2026, 3, 6, 17, 0), join.ConsultationDeadline);
        Assert.Equal(join.ConsultationDeadline, join.Due);
    }

    [Fact]
    public void A_wait_with_a_citizen_deadline_shows_when_it_would_pass_if_the_wait_began_there()
    {
        var read = DefinitionLoader.LoadText(File.ReadAllText(TestProcedures.File("citizen-deadline")), "citizen-deadline/v1.json", "citizen-deadline", 1, new DefinitionLoadOptions());
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));

        // Received Monday 02/03 08:00: the desk's day ends Tuesday 03/03 17:00, the review's 3 days Friday 06/03 17:00;
        // the fee wait would begin then, and its 5 working days end Friday 13/03 17:00. The plan itself takes no citizen's time.
        var plan = Simulator().Plan(read.Definition!, EngineHarness.Local(2026, 3, 2, 8, 0), "x-tan-phu-my");
        var wait = plan.Steps.Single(s => s.StepId == "pay-fees");
        Assert.Equal((EngineHarness.Local(2026, 3, 6, 17, 0), (DateTimeOffset?)EngineHarness.Local(2026, 3, 13, 17, 0)), (wait.Due, wait.CitizenDeadline));
        Assert.Null(plan.Steps.Single(s => s.StepId == "head-review").CitizenDeadline);
    }
}
