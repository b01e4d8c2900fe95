using Newtonsoft.Json.Linq;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;
using Workflow.Engine.Planning;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Planning;

/// <summary>
/// "Does the internal process fit the statutory time" is answered by planning the worst receipt as
/// the simulation plans it: a version the check passes never simulates late, and the loader names
/// the receipt that overruns.
/// </summary>
public class StatutoryTimeCheckTests
{
    private static WorkingCalendar Calendar => EngineHarness.RepositoryWorkspace.Calendar;

    /// <summary>Business household registration v2 with its signing step made one whole working day instead of half a day: still 3 days added up.</summary>
    private static string SigningTakesAWholeDay(string effectiveFrom = "2026-04-01")
    {
        var json = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Procedures, "business-household-registration", "v2.json")));
        json["version"] = 3;
        json["status"] = "draft";
        json["effectiveFrom"] = effectiveFrom;
        var approve = ((JArray)json["process"]!["steps"]!).Single(s => (string?)s["id"] == "approve");
        approve["duration"] = new JObject { ["value"] = 1, ["unit"] = "working-days" };
        return json.ToString();
    }

    private static DefinitionReadResult Load(string text, System.Globalization.CultureInfo culture)
    {
        var options = ProceduresWorkspace.DefinitionOptions(RepositoryPaths.Procedures, culture, calendar: Calendar) with
        {
            Organisation = new OrganisationKindCatalog(EngineHarness.RepositoryWorkspace.Organisation!),
        };
        return DefinitionLoader.LoadText(text, "procedures/business-household-registration/v3.json", "business-household-registration", 3, options);
    }

    private static ProcessPlan Simulate(ProcedureDefinition definition, DateTimeOffset received) =>
        new ProcessSimulator(new DeadlineCalculator(Calendar), EngineHarness.RepositoryWorkspace.Organisation).Plan(definition, received);

    [Fact]
    public void A_procedure_that_fits_a_morning_receipt_but_not_one_at_16_00_before_a_holiday_is_reported_with_that_receipt()
    {
        var read = Load(SigningTakesAWholeDay(), Text.Vietnamese);
        var definition = read.Definition!;

        // What the simulation says: fine at 08:00, late at 16:00 on the Friday before the Hùng Kings' holiday.
        Assert.True(Simulate(definition, EngineHarness.Local(2026, 4, 24, 8, 0)).FitsStatutoryTime);
        var late = Simulate(definition, EngineHarness.Local(2026, 4, 24, 16, 0));
        Assert.False(late.FitsStatutoryTime);

        var fit = new StatutoryTimeCheck(Calendar).Check(definition)!;
        Assert.False(fit.Fits);
        Assert.Equal(EngineHarness.Local(2026, 4, 24, 16, 0), fit.Received);
        Assert.Equal("Giỗ Tổ Hùng Vương", fit.Day.HolidayAhead!.Name);
        Assert.Equal((late.StatutoryDue, late.PlannedFinish), (fit.StatutoryDue, fit.PlannedFinish));
        Assert.Equal(TimeSpan.FromHours(4), fit.Overrun);
        Assert.Equal(["receive", "review", "approve", "return", "issued"], fit.Route);

        var problem = Assert.Single(read.Problems, p => p.Code == ProblemCodes.DurationsExceedStatutoryTime);
        Assert.True(problem.IsError);
        Assert.Equal("$.statutoryTime", problem.JsonPath);
        Assert.Contains("Trường hợp xấu nhất: hồ sơ nhận lúc 24/04/2026 16:00 (thứ Sáu, trước kỳ nghỉ Giỗ Tổ Hùng Vương) có hạn 04/05/2026 17:00, nhưng bước cuối dự kiến xong lúc 05/05/2026 11:00, trễ 4 giờ làm việc.", problem.Message);
        Assert.Contains("receive 0,5 ngày làm việc → review 1 ngày làm việc → approve 1 ngày làm việc → return 0,5 ngày làm việc", problem.Message);
        Assert.Contains("8 giờ thay cho 1 ngày", problem.Message);
    }

    [Fact]
    public void The_worst_case_reads_in_English_too()
    {
        var problem = Assert.Single(Load(SigningTakesAWholeDay(), Text.English).Problems, p => p.Code == ProblemCodes.DurationsExceedStatutoryTime);

        Assert.StartsWith("The steps do not fit the statutory time of 3 working days. Worst case: a dossier received at 24/04/2026 16:00 (Friday, before the Hùng Kings' Commemoration Day holiday) is due 04/05/2026 17:00, but its last step is planned for 05/05/2026 11:00, 4 working hours late.", problem.Message);
    }

    /// <summary>The defect itself: wherever the simulation finds the version late, the check has said so, by at least as much.</summary>
    [Fact]
    public void No_receipt_in_a_fortnight_around_a_holiday_simulates_later_than_the_worst_case()
    {
        var shipped = EngineHarness.RepositoryWorkspace.Catalog.Find("business-household-registration", 2)!;
        var stretched = Load(SigningTakesAWholeDay(), Text.Vietnamese).Definition!;
        var calculator = new DeadlineCalculator(Calendar);
        foreach (var definition in new[] { shipped, stretched })
        {
            var fit = new StatutoryTimeCheck(Calendar).Check(definition)!;
            for (var at = EngineHarness.Local(2026, 4, 22, 6, 0); at < EngineHarness.Local(2026, 5, 6, 0, 0); at = at.AddMinutes(10))
            {
                var plan = Simulate(definition, at);
                Assert.True(plan.FitsStatutoryTime || !fit.Fits, $"v{definition.Version} received {VietnamTime.Format(at)} is late, yet the check says it fits");
                var overrun = calculator.WorkingTimeBetween(plan.StatutoryDue, plan.PlannedFinish);
                Assert.True(overrun <= fit.Overrun, $"v{definition.Version} received {VietnamTime.Format(at)} is {overrun} late, more than the worst case's {fit.Overrun}");
            }
        }
    }

    [Theory]
    [InlineData("business-household-registration", 1)]
    [InlineData("business-household-registration", 2)]
    [InlineData("building-permit-house", 2)]
    [InlineData("land-first-certificate", 1)]
    public void A_procedure_that_fits_for_every_receipt_is_reported_as_fitting(string procedureId, int version)
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find(procedureId, version)!;

        var fit = new StatutoryTimeCheck(Calendar).Check(definition)!;

        Assert.True(fit.Fits, StatutoryTimeFitText.Sentence(fit, TimeSpan.FromHours(8), Text.Vietnamese));
        Assert.StartsWith("Kịp hạn với mọi giờ tiếp nhận", StatutoryTimeFitText.Sentence(fit, TimeSpan.FromHours(8), Text.Vietnamese));
        Assert.DoesNotContain(EngineHarness.RepositoryWorkspace.Problems, p => p.File.EndsWith($"{procedureId}/v{version}.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Business_household_registration_v2_fits_exactly_when_received_after_mid_morning()
    {
        // Its review (one whole day) starts the morning after the half-day reception: no time is left, none is missing.
        var fit = new StatutoryTimeCheck(Calendar).Check(EngineHarness.RepositoryWorkspace.Catalog.Find("business-household-registration", 2)!)!;

        Assert.Equal(TimeSpan.Zero, fit.Overrun);
        Assert.Equal(fit.StatutoryDue, fit.PlannedFinish);
    }

    [Fact]
    public void Calendar_days_are_tried_on_the_eve_of_Tet_where_they_are_shortest_in_working_days()
    {
        // 10 calendar days from an ordinary Wednesday hold 8 working days; from the eve of Tết 2026 (13/02), one.
        var json = JObject.Parse(SigningTakesAWholeDay("2026-01-05"));
        json["statutoryTime"] = new JObject { ["value"] = 10, ["unit"] = "calendar-days" };
        foreach (var step in ((JArray)json["process"]!["steps"]!).Where(s => s["duration"] is not null))
        {
            step["duration"] = new JObject { ["value"] = 1, ["unit"] = "working-days" };
        }

        var definition = Load(json.ToString(), Text.Vietnamese).Definition!;
        Assert.True(Simulate(definition, EngineHarness.Local(2026, 3, 4, 9, 0)).FitsStatutoryTime);

        var fit = new StatutoryTimeCheck(Calendar).Check(definition)!;

        Assert.False(fit.Fits);
        Assert.Equal("Tết Nguyên đán", fit.Day.HolidayAhead?.Name);
        Assert.False(Simulate(definition, fit.Received).FitsStatutoryTime);
    }

    [Fact]
    public void A_join_that_waits_for_any_branch_goes_on_with_the_first_to_finish()
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find("building-permit-house", 2)!;
        var anyJoin = definition with
        {
            Process = definition.Process with
            {
                Steps = definition.Process.Steps.Select(s => s.Id == "opinions-received" ? s with { Mode = JoinMode.Any } : s).ToList(),
            },
        };

        var all = new StatutoryTimeCheck(Calendar).Check(definition)!;
        var any = new StatutoryTimeCheck(Calendar).Check(anyJoin)!;

        // The land officer answers in 2 days, the others in 3: the process goes on a day earlier.
        Assert.Equal(all.PlannedFinish, new WorkingClock(Calendar).CloseOf(new WorkingClock(Calendar).NextWorkingDayAfter(VietnamTime.LocalDate(any.PlannedFinish))));
        Assert.Contains("consult-land-officer", any.Route);
    }
}
