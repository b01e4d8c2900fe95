using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>The process's phases (giai đoạn): each problem an analyst can make is one sentence naming the phase, at its place in the file.</summary>
public class PhaseDefinitionTests
{
    // The sample's steps: receive (1 working day), review (2 working days), done; statutory time 5 working days.
    private static string WithPhases(string phases, int statutoryDays = 5) =>
        DefinitionText.Valid(statutoryDays: statutoryDays).Replace("\"start\": \"receive\",", $"\"start\": \"receive\",\n    \"phases\": [{phases}],", StringComparison.Ordinal);

    private const string Intake = """{ "id": "tiep-nhan", "name": "Tiếp nhận hồ sơ", "borneBy": "agency", "budget": { "value": 1, "unit": "working-days" }, "steps": ["receive"] }""";

    private const string Review = """{ "id": "tham-dinh", "name": "Thẩm định hồ sơ", "borneBy": "agency", "budget": { "value": 3, "unit": "working-days" }, "steps": ["review"] }""";

    private const string Citizen = """{ "id": "nghia-vu", "name": "Công dân nộp nghĩa vụ tài chính", "borneBy": "citizen", "budget": { "value": 30, "unit": "calendar-days" }, "steps": ["done"] }""";

    private static DefinitionReadResult Read(string text, string language = "vi") =>
        DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, new DefinitionLoadOptions { Culture = language == "vi" ? Text.Vietnamese : Text.English });

    private static Problem Single(IReadOnlyList<Problem> problems, string code)
    {
        var matching = problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", problems)}");
        return matching[0];
    }

    private static void AssertAt(Problem problem, string text, string snippet, string path)
    {
        Assert.Equal(TextPosition.Of(text, snippet), (problem.Line, problem.Column));
        Assert.Equal("$." + path, problem.JsonPath);
    }

    [Fact]
    public void Phases_that_name_their_steps_and_share_the_statutory_time_load_in_order()
    {
        var read = Read(WithPhases($"{Intake}, {Review}, {Citizen}"));

        Assert.Empty(read.Problems);
        var phases = read.Definition!.Process.Phases;
        Assert.Equal(["tiep-nhan", "tham-dinh", "nghia-vu"], phases.Select(p => p.Id));
        Assert.Equal((PhaseBearer.Citizen, 30m, DurationUnit.CalendarDays), (phases[2].BorneBy, phases[2].Budget.Value, phases[2].Budget.Unit));
        Assert.Equal("tham-dinh", read.Definition.Process.PhaseOf("review")!.Id);
        Assert.Null(read.Definition.Process.PhaseOf("missing"));
    }

    [Fact]
    public void WF080_a_phase_naming_an_unknown_step_says_which_phase_and_lists_the_steps()
    {
        var text = WithPhases("""{ "id": "tham-dinh", "name": "Thẩm định hồ sơ", "borneBy": "agency", "budget": { "value": 3, "unit": "working-days" }, "steps": ["reveiw"] }""");

        var problem = Single(Read(text).Problems, ProblemCodes.UnknownStepInPhase);

        AssertAt(problem, text, "\"reveiw\"", "process.phases[0].steps[0]");
        Assert.Equal("Giai đoạn \"Thẩm định hồ sơ\" (tham-dinh) ghi bước \"reveiw\" nhưng quy trình không có bước này. Sửa mã bước hoặc bỏ nó khỏi giai đoạn. Các bước có: receive, review, done.", problem.Message);
    }

    [Fact]
    public void WF081_a_step_in_two_phases_is_reported_where_it_is_listed_the_second_time()
    {
        var text = WithPhases($$"""{{Intake}}, { "id": "tham-dinh", "name": "Thẩm định hồ sơ", "borneBy": "agency", "budget": { "value": 3, "unit": "working-days" }, "steps": ["review", "receive"] }""");

        var problem = Single(Read(text).Problems, ProblemCodes.StepInTwoPhases);

        AssertAt(problem, text, "\"receive\"] }]", "process.phases[1].steps[1]");
        Assert.Contains("Bước \"receive\" nằm trong cả giai đoạn \"Tiếp nhận hồ sơ\" (tiep-nhan) và giai đoạn \"Thẩm định hồ sơ\" (tham-dinh)", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.IsError);
    }

    [Fact]
    public void WF082_agency_budgets_over_the_statutory_time_give_the_numbers_and_the_citizens_time_is_not_counted()
    {
        var text = WithPhases($$"""{ "id": "tiep-nhan", "name": "Tiếp nhận hồ sơ", "borneBy": "agency", "budget": { "value": 2.5, "unit": "working-days" }, "steps": ["receive"] }, {{Review}}, {{Citizen}}""");

        var problem = Single(Read(text).Problems, ProblemCodes.PhaseBudgetsExceedStatutoryTime);

        AssertAt(problem, text, "\"phases\"", "process.phases");
        Assert.Equal(
            "Thời gian các giai đoạn của cơ quan cộng lại là 5,5 ngày làm việc (Tiếp nhận hồ sơ (tiep-nhan): 2,5 ngày làm việc; Thẩm định hồ sơ (tham-dinh): 3 ngày làm việc), vượt thời hạn giải quyết 5 ngày làm việc 0,5 ngày làm việc. Rút ngắn thời gian của các giai đoạn cho vừa thời hạn; thời gian của công dân (ví dụ nộp nghĩa vụ tài chính) ghi thành giai đoạn \"borneBy\": \"citizen\".",
            problem.Message);
        Assert.DoesNotContain(ProblemCodes.PhaseBudgetsExceedStatutoryTime, Read(WithPhases($"{Intake}, {Review}, {Citizen}")).Problems.Select(p => p.Code));
    }

    [Fact]
    public void WF082_reads_in_English_too()
    {
        var problem = Single(Read(WithPhases($"{Intake}, {Review}", statutoryDays: 3), "en").Problems, ProblemCodes.PhaseBudgetsExceedStatutoryTime);

        Assert.StartsWith("The agencies' phases add up to 4 working days (Tiếp nhận hồ sơ (tiep-nhan): 1 working day; Thẩm định hồ sơ (tham-dinh): 3 working days), 1 working day more than the statutory time of 3 working days.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WF083_a_phase_without_steps_asks_for_them()
    {
        var text = WithPhases("""{ "id": "tra-ket-qua", "name": "Trả kết quả", "borneBy": "agency", "budget": { "value": 1, "unit": "working-days" }, "steps": [] }""");

        var problem = Single(Read(text).Problems, ProblemCodes.PhaseWithoutSteps);

        AssertAt(problem, text, "\"steps\": [] }]", "process.phases[0].steps");
        Assert.Equal("Giai đoạn \"Trả kết quả\" (tra-ket-qua) chưa có bước nào. Ghi mã các bước thuộc giai đoạn vào \"steps\", hoặc xoá giai đoạn.", problem.Message);
    }

    [Fact]
    public void WF084_an_agency_phase_whose_steps_outlast_its_budget_is_a_warning_with_both_times()
    {
        var text = WithPhases("""{ "id": "tham-dinh", "name": "Thẩm định hồ sơ", "borneBy": "agency", "budget": { "value": 1.5, "unit": "working-days" }, "steps": ["review"] }""");

        var problem = Single(Read(text).Problems, ProblemCodes.PhaseStepsExceedBudget);

        Assert.False(problem.IsError);
        AssertAt(problem, text, "\"budget\": { \"value\": 1.5", "process.phases[0].budget");
        Assert.Equal("Các bước của giai đoạn \"Thẩm định hồ sơ\" (tham-dinh) có thể cần tới 2 ngày làm việc (đường xử lý lâu nhất, tính từ bước đầu của giai đoạn), quá thời gian của giai đoạn là 1,5 ngày làm việc. Rút ngắn các bước hoặc tăng thời gian của giai đoạn.", problem.Message);
        Assert.DoesNotContain(ProblemCodes.PhaseStepsExceedBudget, Read(WithPhases($"{Intake}, {Review}")).Problems.Select(p => p.Code));
    }

    [Fact]
    public void A_citizens_phase_is_never_held_to_the_agencies_arithmetic()
    {
        var text = WithPhases("""{ "id": "cong-dan", "name": "Công dân bổ sung", "borneBy": "citizen", "budget": { "value": 1, "unit": "working-hours" }, "steps": ["review"] }""");

        Assert.Empty(Read(text).Problems);
    }

    [Fact]
    public void A_phase_missing_its_budget_or_bearer_is_a_schema_problem()
    {
        var text = WithPhases("""{ "id": "tham-dinh", "name": "Thẩm định hồ sơ", "borneBy": "state", "steps": ["review"] }""");

        var codes = Read(text).Problems.Select(p => p.Code).ToList();

        Assert.Contains(ProblemCodes.MissingField, codes);
        Assert.Contains(ProblemCodes.InvalidValue, codes);
    }
}
