using Workflow.Engine.Calendars;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>Each kind of broken file is reported with its file, line, column, JSON path and a sentence.</summary>
public class BrokenDefinitionTests
{
    // Two unit kinds, and communes whose histories cover each way a fixed unit can be out of force.
    private const string OrganisationJson = """
        {
          "roles": [
            { "id": "desk-officer", "name": "Công chức tiếp nhận", "nameEn": "Desk officer" },
            { "id": "specialist", "name": "Chuyên viên", "nameEn": "Specialist" },
            { "id": "leader", "name": "Lãnh đạo", "nameEn": "Leader" },
            { "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }
          ],
          "kinds": [
            { "id": "province", "name": "Tỉnh", "nameEn": "Province", "level": "province", "roles": ["leader"] },
            { "id": "commune", "name": "Xã", "nameEn": "Commune", "level": "commune", "roles": ["desk-officer", "specialist", "leader"] },
            { "id": "land-registry-branch", "name": "Chi nhánh đăng ký đất đai", "nameEn": "Land registry branch", "level": "province", "roles": ["specialist", "head"] }
          ],
          "units": [
            { "id": "p", "code": "P01", "name": "UBND tỉnh", "kind": "province", "validFrom": "1990-01-01" },
            { "id": "cn", "code": "CN01", "name": "Chi nhánh", "kind": "land-registry-branch", "parent": "p", "validFrom": "1990-01-01" },
            { "id": "x-tan-phu", "code": "X01", "name": "UBND xã Tân Phú", "kind": "commune", "parent": "p", "validFrom": "2025-07-01" },
            { "id": "x-cu", "code": "X02", "name": "UBND xã Cũ", "kind": "commune", "parent": "p", "validFrom": "1997-01-01", "validTo": "2025-07-01", "successors": ["x-tan-phu"] },
            { "id": "x-a", "code": "X03", "name": "UBND xã A", "kind": "commune", "parent": "p", "validFrom": "1997-01-01", "validTo": "2020-01-01", "successors": ["x-b"] },
            { "id": "x-b", "code": "X04", "name": "UBND xã B", "kind": "commune", "parent": "p", "validFrom": "2020-01-01", "validTo": "2025-07-01", "successors": ["x-tan-phu"] },
            { "id": "x-moi", "code": "X05", "name": "UBND xã Mới", "kind": "commune", "parent": "p", "validFrom": "2026-01-01" },
            { "id": "x-giai-the", "code": "X06", "name": "UBND xã Giải Thể", "kind": "commune", "parent": "p", "validFrom": "1997-01-01", "validTo": "2025-07-01" },
            { "id": "x-gian-doan", "code": "X07", "name": "UBND xã Gián Đoạn", "kind": "commune", "parent": "p", "validFrom": "1997-01-01", "validTo": "2020-01-01" },
            { "id": "x-gian-doan", "code": "X07", "name": "UBND xã Gián Đoạn", "kind": "commune", "parent": "p", "validFrom": "2022-01-01" }
          ]
        }
        """;

    private static readonly Lazy<IUnitKindCatalog> Organisation = new(() =>
    {
        var loaded = OrganisationLoader.Load(OrganisationJson, "organisation.json");
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Problems));
        return new OrganisationKindCatalog(loaded.Model!);
    });

    private static IReadOnlyList<Problem> Load(string text, string file = "procedures/sample/v1.json")
    {
        var result = DefinitionLoader.LoadText(text, file, "sample", 1, new DefinitionLoadOptions { Organisation = Organisation.Value, Culture = Text.Vietnamese });
        return result.Problems;
    }

    private static Problem Single(IReadOnlyList<Problem> problems, string code)
    {
        var matching = problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", problems)}");
        return matching[0];
    }

    private static void AssertAt(Problem problem, string text, string snippet, string path)
    {
        var (line, column) = TextPosition.Of(text, snippet);
        Assert.Equal("procedures/sample/v1.json", problem.File);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Equal(path, problem.JsonPath);
        Assert.EndsWith(".", problem.Message.TrimEnd(')'));
    }

    [Fact]
    public void The_sample_text_is_valid()
    {
        Assert.Empty(Load(DefinitionText.Valid()));
    }

    [Fact]
    public void Malformed_json_names_the_place_it_breaks()
    {
        var text = DefinitionText.Valid().Replace("\"field\": \"Thử nghiệm\",", "\"field\": \"Thử nghiệm\"");
        var problem = Single(Load(text), ProblemCodes.MalformedJson);
        Assert.Equal(TextPosition.Of(text, "\"level\"").Line, problem.Line);
        Assert.Contains("JSON", problem.Message);
    }

    [Fact]
    public void An_unknown_field_is_located_at_its_name()
    {
        var text = DefinitionText.Valid(extra: "\n  \"deadline\": 5,");
        var problem = Single(Load(text), ProblemCodes.UnknownField);
        AssertAt(problem, text, "\"deadline\"", "$.deadline");
        Assert.Contains("\"deadline\"", problem.Message);
    }

    [Fact]
    public void A_missing_field_is_located_at_the_object_that_lacks_it()
    {
        var text = DefinitionText.Valid().Replace("{ \"id\": \"approve\", \"name\": \"Đồng ý\", \"kind\": \"approve\", \"to\": \"done\" }", "{ \"id\": \"approve\", \"name\": \"Đồng ý\", \"kind\": \"approve\" }");
        var problem = Single(Load(text), ProblemCodes.MissingField);
        AssertAt(problem, text, "{ \"id\": \"approve\"", "$.process.steps[1].outcomes[0]");
        Assert.Contains("\"to\"", problem.Message);
    }

    [Fact]
    public void A_value_outside_the_allowed_list_names_the_allowed_values()
    {
        var text = DefinitionText.Valid().Replace("\"level\": \"commune\"", "\"level\": \"town\"");
        var problem = Single(Load(text), ProblemCodes.InvalidValue);
        AssertAt(problem, text, "\"level\"", "$.level");
        Assert.Contains("\"province\"", problem.Message);
    }

    [Fact]
    public void A_transition_to_an_unknown_step_names_the_step_and_the_known_ones()
    {
        var text = DefinitionText.Valid().Replace("\"to\": \"review\"", "\"to\": \"reveiw\"");
        var problems = Load(text);
        var problem = Single(problems, ProblemCodes.UnknownStep);
        AssertAt(problem, text, "\"to\": \"reveiw\"", "$.process.steps[0].outcomes[0].to");
        Assert.Contains("reveiw", problem.Message);
        Assert.Contains("review", problem.Message);
    }

    [Fact]
    public void An_unreachable_step_is_reported()
    {
        var steps = DefinitionText.Steps + """
          ,
          {
            "id": "orphan",
            "name": "Không ai tới",
            "kind": "task",
            "assignee": { "role": "specialist", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "ok", "name": "Xong", "kind": "approve", "to": "done" } ]
          }
    """;
        var text = DefinitionText.Valid(steps: steps);
        var problem = Single(Load(text), ProblemCodes.UnreachableStep);
        Assert.Equal("$.process.steps[3]", problem.JsonPath);
        Assert.Equal(TextPosition.Of(text, "\"id\": \"orphan\"").Line - 1, problem.Line);
        Assert.Contains("orphan", problem.Message);
    }

    [Fact]
    public void A_path_that_never_ends_is_reported()
    {
        var text = DefinitionText.Valid().Replace("\"to\": \"done\"", "\"to\": \"receive\"");
        var problems = Load(text);
        Assert.Contains(problems, p => p.Code == ProblemCodes.NeverEnds && p.JsonPath == "$.process.steps[0]");
        Assert.Contains(problems, p => p.Code == ProblemCodes.NeverEnds && p.JsonPath == "$.process.steps[1]");
    }

    private const string ForkSteps = """
          {
            "id": "receive",
            "name": "Tiếp nhận",
            "kind": "task",
            "assignee": { "role": "desk-officer", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "consult", "name": "Xin ý kiến", "kind": "consult", "to": "fork" } ]
          },
          { "id": "fork", "name": "Lấy ý kiến", "kind": "parallel", "branches": ["a", "b"], "join": "joined" },
          {
            "id": "a", "name": "Ý kiến A", "kind": "task",
            "assignee": { "role": "specialist", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "ok", "name": "Gửi", "kind": "approve", "to": "joined" } ]
          },
          {
            "id": "b", "name": "Ý kiến B", "kind": "task",
            "assignee": { "role": "specialist", "unitKind": "land-registry-branch" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "ok", "name": "Gửi", "kind": "approve", "to": "B_TARGET" } ]
          },
          { "id": "joined", "name": "Đủ ý kiến", "kind": "join", "mode": "count", "count": JOIN_COUNT, "next": "done" },
          { "id": "done", "name": "Xong", "kind": "end", "result": "issued" }
    """;

    private static string ConsultationSteps(string deadline) =>
        ForkSteps.Replace("B_TARGET", "joined").Replace("JOIN_COUNT", "1")
            .Replace("\"join\": \"joined\" }", $"\"join\": \"joined\", {deadline} }}");

    [Fact]
    public void A_consultation_deadline_with_its_effect_is_valid()
    {
        var text = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }, \"onDeadline\": \"assume-agreement\""));
        Assert.Empty(Load(text));
        var escalating = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 8, \"unit\": \"working-hours\" }, \"onDeadline\": \"escalate\", \"escalateTo\": \"leader\""));
        Assert.Empty(Load(escalating));
    }

    [Fact]
    public void A_consultation_deadline_on_a_task_is_refused_rather_than_ignored()
    {
        var text = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }, \"onDeadline\": \"keep-waiting\"")
            .Replace("\"outcomes\": [ { \"id\": \"consult\"", "\"deadline\": { \"value\": 3, \"unit\": \"working-days\" }, \"outcomes\": [ { \"id\": \"consult\""));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.ConsultationDeadlineOutsideFork, true), (problem.Code, problem.IsError));
        AssertAt(problem, text, "\"deadline\": { \"value\": 3", "$.process.steps[0].deadline");
        Assert.Contains("bước song song (parallel)", problem.Message);
    }

    [Fact]
    public void A_consultation_deadline_needs_what_happens_when_it_passes_and_an_effect_needs_a_deadline()
    {
        var text = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }"));
        var problem = Single(Load(text), ProblemCodes.ConsultationEffectMissing);
        AssertAt(problem, text, "\"deadline\": { \"value\": 1", "$.process.steps[1].deadline");
        Assert.Contains("coi như đồng ý", problem.Message);

        var effectOnly = DefinitionText.Valid(steps: ConsultationSteps("\"onDeadline\": \"assume-agreement\""));
        var missing = Single(Load(effectOnly), ProblemCodes.ConsultationEffectMissing);
        AssertAt(missing, effectOnly, "\"onDeadline\": \"assume-agreement\"", "$.process.steps[1].onDeadline");

        var unknown = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }, \"onDeadline\": \"agree\""));
        Assert.Equal(ProblemCodes.InvalidValue, Single(Load(unknown), ProblemCodes.InvalidValue).Code);
    }

    [Fact]
    public void An_escalation_must_name_a_role_the_asking_unit_has()
    {
        var nobody = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }, \"onDeadline\": \"escalate\""));
        AssertAt(Single(Load(nobody), ProblemCodes.EscalationTargetUnknown), nobody, "\"onDeadline\": \"escalate\"", "$.process.steps[1].onDeadline");

        // The asking step is the commune's desk; communes here have no "head".
        var text = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 1, \"unit\": \"working-days\" }, \"onDeadline\": \"escalate\", \"escalateTo\": \"head\""));
        var problem = Single(Load(text), ProblemCodes.EscalationTargetUnknown);
        AssertAt(problem, text, "\"escalateTo\": \"head\"", "$.process.steps[1].escalateTo");
        Assert.Contains("\"receive\"", problem.Message);
        Assert.Contains("desk-officer, specialist, leader", problem.Message);
        var english = DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, new DefinitionLoadOptions { Organisation = Organisation.Value, Culture = Text.English });
        Assert.Contains("that unit kind has no such role", Assert.Single(english.Problems, p => p.Code == ProblemCodes.EscalationTargetUnknown).Message);
    }

    [Fact]
    public void A_consultation_deadline_must_fit_in_the_statutory_time_and_warns_when_an_agency_step_outlasts_it()
    {
        var text = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 10, \"unit\": \"working-days\" }, \"onDeadline\": \"keep-waiting\""));
        var problem = Single(Load(text), ProblemCodes.ConsultationDeadlineOutOfTime);
        AssertAt(problem, text, "\"deadline\": { \"value\": 10", "$.process.steps[1].deadline");
        Assert.Contains("10 ngày làm việc", problem.Message);

        var zero = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 0, \"unit\": \"working-days\" }, \"onDeadline\": \"keep-waiting\""));
        Single(Load(zero), ProblemCodes.ConsultationDeadlineOutOfTime);

        var short_ = DefinitionText.Valid(steps: ConsultationSteps("\"deadline\": { \"value\": 4, \"unit\": \"working-hours\" }, \"onDeadline\": \"assume-agreement\""));
        var warnings = Load(short_);
        Assert.Equal(2, warnings.Count(p => p.Code == ProblemCodes.BranchOutlastsConsultation && !p.IsError));
        AssertAt(warnings.First(p => p.Code == ProblemCodes.BranchOutlastsConsultation), short_, "\"a\", \"b\"]", "$.process.steps[1].branches[0]");
    }

    [Fact]
    public void A_branch_that_never_reaches_its_join_is_reported()
    {
        var text = DefinitionText.Valid(steps: ForkSteps.Replace("B_TARGET", "done").Replace("JOIN_COUNT", "1"));
        var problem = Single(Load(text), ProblemCodes.ForkWithoutJoin);
        AssertAt(problem, text, "\"b\"]", "$.process.steps[1].branches[1]");
        Assert.Contains("\"b\"", problem.Message);
    }

    [Fact]
    public void A_join_that_waits_for_more_branches_than_exist_is_reported()
    {
        var text = DefinitionText.Valid(steps: ForkSteps.Replace("B_TARGET", "joined").Replace("JOIN_COUNT", "3"));
        var problem = Single(Load(text), ProblemCodes.BadJoinCount);
        AssertAt(problem, text, "\"count\": 3", "$.process.steps[4].count");
    }

    [Fact]
    public void A_join_no_parallel_step_owns_is_reported()
    {
        var text = DefinitionText.Valid(steps: ForkSteps.Replace("B_TARGET", "joined").Replace("JOIN_COUNT", "2").Replace("\"join\": \"joined\"", "\"join\": \"done\""));
        var problems = Load(text);
        Assert.Contains(problems, p => p.Code == ProblemCodes.ForkWithoutJoin && p.JsonPath == "$.process.steps[1].join");
        Assert.Contains(problems, p => p.Code == ProblemCodes.JoinWithoutFork && p.JsonPath == "$.process.steps[4]");
    }

    [Fact]
    public void A_role_that_no_unit_of_the_kind_has_is_reported_with_the_roles_it_has()
    {
        var text = DefinitionText.Valid().Replace("\"role\": \"specialist\", \"unitKind\": \"commune\"", "\"role\": \"tax-officer\", \"unitKind\": \"commune\"");
        var problem = Single(Load(text), ProblemCodes.RoleNotInKind);
        AssertAt(problem, text, "\"role\": \"tax-officer\"", "$.process.steps[1].assignee.role");
        Assert.Contains("desk-officer", problem.Message);
    }

    [Fact]
    public void An_unknown_unit_kind_is_reported()
    {
        var text = DefinitionText.Valid().Replace("\"unitKind\": \"commune\" },\n        \"duration\": { \"value\": 2", "\"unitKind\": \"ward\" },\n        \"duration\": { \"value\": 2");
        var problem = Single(Load(text), ProblemCodes.UnknownUnitKind);
        Assert.Equal("$.process.steps[1].assignee.unitKind", problem.JsonPath);
    }

    [Fact]
    public void Step_durations_past_the_statutory_time_are_reported_with_the_path()
    {
        var text = DefinitionText.Valid(statutoryDays: 2);
        var problem = Single(Load(text), ProblemCodes.DurationsExceedStatutoryTime);
        AssertAt(problem, text, "\"statutoryTime\"", "$.statutoryTime");
        Assert.Contains("receive 1 ngày làm việc → review 2 ngày làm việc", problem.Message);
        Assert.Contains("Các bước không kịp thời hạn giải quyết 2 ngày làm việc.", problem.Message);
        Assert.Contains("trễ 1 ngày làm việc", problem.Message);
    }

    private const string DecisionSteps = """
          {
            "id": "receive",
            "name": "Tiếp nhận",
            "kind": "task",
            "assignee": { "role": "desk-officer", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "ok", "name": "Chuyển", "kind": "forward", "to": "check" } ]
          },
          { "id": "check", "name": "Diện tích lớn?", "kind": "decision", "rules": [ { "when": "CONDITION", "to": "done" } ], "otherwise": "done" },
          { "id": "done", "name": "Xong", "kind": "end", "result": "issued" }
    """;

    [Fact]
    public void An_expression_that_does_not_parse_is_reported()
    {
        var text = DefinitionText.Valid(steps: DecisionSteps.Replace("CONDITION", "area >"));
        var problem = Single(Load(text), ProblemCodes.BadExpression);
        AssertAt(problem, text, "\"when\": \"area >\"", "$.process.steps[1].rules[0].when");
    }

    [Fact]
    public void An_expression_naming_an_unknown_field_lists_the_declared_ones()
    {
        var text = DefinitionText.Valid(steps: DecisionSteps.Replace("CONDITION", "floorArea > 250"));
        var problem = Single(Load(text), ProblemCodes.UnknownDataField);
        AssertAt(problem, text, "\"when\": \"floorArea > 250\"", "$.process.steps[1].rules[0].when");
        Assert.Contains("floorArea", problem.Message);
        Assert.Contains("area", problem.Message);
    }

    [Fact]
    public void An_expression_may_not_call_arbitrary_functions()
    {
        var text = DefinitionText.Valid(steps: DecisionSteps.Replace("CONDITION", "Exec(area) > 1"));
        var problem = Single(Load(text), ProblemCodes.BadExpression);
        Assert.Contains("Exec", problem.Message);
    }

    [Fact]
    public void A_version_number_that_differs_from_the_file_name_is_reported()
    {
        var text = DefinitionText.Valid(version: 2);
        var problem = Single(Load(text), ProblemCodes.FileNameMismatch);
        AssertAt(problem, text, "\"version\"", "$.version");
    }

    [Fact]
    public void An_unknown_field_does_not_hide_the_files_other_problems()
    {
        var text = DefinitionText.Valid(extra: "\n  \"deadline\": 5,").Replace("\"role\": \"specialist\", \"unitKind\": \"commune\"", "\"role\": \"tax-officer\", \"unitKind\": \"commune\"");
        var problems = Load(text);
        Single(problems, ProblemCodes.UnknownField);
        var role = Single(problems, ProblemCodes.RoleNotInKind);
        AssertAt(role, text, "\"role\": \"tax-officer\"", "$.process.steps[1].assignee.role");
    }

    [Fact]
    public void An_unknown_member_of_a_step_is_reported_once()
    {
        var text = DefinitionText.Valid().Replace("\"name\": \"Thẩm định\",", "\"name\": \"Thẩm định\", \"timeLimit\": 5,");
        var problem = Assert.Single(Load(text));
        Assert.Equal(ProblemCodes.UnknownField, problem.Code);
        Assert.Equal("$.process.steps[1].timeLimit", problem.JsonPath);
    }

    [Fact]
    public void One_wrong_link_gives_one_error()
    {
        var text = DefinitionText.Valid().Replace("\"to\": \"done\"", "\"to\": \"dnoe\"");
        var problem = Assert.Single(Load(text));
        Assert.Equal(ProblemCodes.UnknownStep, problem.Code);
        AssertAt(problem, text, "\"to\": \"dnoe\"", "$.process.steps[1].outcomes[0].to");
    }

    [Fact]
    public void A_wrong_link_does_not_hide_steps_longer_than_the_statutory_time()
    {
        var text = DefinitionText.Valid(statutoryDays: 2).Replace(
            "{ \"id\": \"approve\", \"name\": \"Đồng ý\", \"kind\": \"approve\", \"to\": \"done\" }",
            "{ \"id\": \"approve\", \"name\": \"Đồng ý\", \"kind\": \"approve\", \"to\": \"done\" },\n              { \"id\": \"more\", \"name\": \"Chuyển tiếp\", \"kind\": \"forward\", \"to\": \"dnoe\" }");
        var problems = Load(text);
        Assert.Equal(2, problems.Count);
        AssertAt(Single(problems, ProblemCodes.UnknownStep), text, "\"to\": \"dnoe\"", "$.process.steps[1].outcomes[1].to");
        Assert.Contains("receive 1 ngày làm việc → review 2 ngày làm việc", Single(problems, ProblemCodes.DurationsExceedStatutoryTime).Message);
    }

    [Fact]
    public void A_wrong_link_out_of_a_fork_branch_gives_one_error()
    {
        var text = DefinitionText.Valid(steps: ForkSteps.Replace("B_TARGET", "joind").Replace("JOIN_COUNT", "2"));
        Assert.Equal(ProblemCodes.UnknownStep, Assert.Single(Load(text)).Code);
    }

    private static string WaitSteps(string deadline, string clock = "pause") => $$"""
          {
            "id": "receive", "name": "Tiếp nhận", "kind": "task",
            "assignee": { "role": "desk-officer", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [ { "id": "ask", "name": "Thông báo nộp phí", "kind": "forward", "to": "pay" } ]
          },
          { "id": "pay", "name": "Chờ nộp phí", "kind": "wait", "waitFor": "payment", "clock": "{{clock}}", {{deadline}}"next": "done" },
          { "id": "done", "name": "Xong", "kind": "end", "result": "issued" }
    """;

    [Fact]
    public void A_citizen_deadline_with_reminders_and_its_effect_is_valid()
    {
        Assert.Empty(Load(DefinitionText.Valid(steps: WaitSteps(
            "\"duration\": { \"value\": 15, \"unit\": \"working-days\" }, \"remindBefore\": [ { \"value\": 3, \"unit\": \"working-days\" }, { \"value\": 4, \"unit\": \"working-hours\" } ], \"onExpiry\": \"return\", "))));
    }

    [Fact]
    public void A_citizen_deadline_needs_its_effect_and_reminders_or_an_effect_need_a_deadline()
    {
        var text = DefinitionText.Valid(steps: WaitSteps("\"duration\": { \"value\": 15, \"unit\": \"working-days\" }, "));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.CitizenDeadlineEffectMissing, true), (problem.Code, problem.IsError));
        AssertAt(problem, text, "\"duration\": { \"value\": 15", "$.process.steps[1].duration");
        Assert.Contains("\"pay\"", problem.Message);
        Assert.Contains("Thêm \"onExpiry\"", problem.Message);

        var effectOnly = DefinitionText.Valid(steps: WaitSteps("\"onExpiry\": \"stop\", \"remindBefore\": [ { \"value\": 1, \"unit\": \"working-days\" } ], "));
        var missing = Load(effectOnly);
        Assert.Equal(["$.process.steps[1].onExpiry", "$.process.steps[1].remindBefore"], missing.Where(p => p.Code == ProblemCodes.CitizenDeadlineEffectMissing).Select(p => p.JsonPath));
        Assert.Contains("Thêm \"duration\"", missing[0].Message);

        var english = DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, new DefinitionLoadOptions { Culture = Text.English });
        Assert.Contains("does not say what happens when it passes", Assert.Single(english.Problems).Message);
    }

    [Theory]
    [InlineData("{ \"value\": 15, \"unit\": \"calendar-days\" }")]
    [InlineData("{ \"value\": 0, \"unit\": \"working-days\" }")]
    [InlineData("{ \"value\": 2.5, \"unit\": \"working-days\" }")]
    [InlineData("{ \"value\": 16, \"unit\": \"working-hours\" }")]
    public void A_citizen_deadline_is_a_whole_number_of_working_days(string duration)
    {
        var text = DefinitionText.Valid(steps: WaitSteps($"\"duration\": {duration}, \"onExpiry\": \"stop\", "));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.CitizenDeadlineOutOfRange, true), (problem.Code, problem.IsError));
        AssertAt(problem, text, $"\"duration\": {duration}", "$.process.steps[1].duration");
        Assert.Contains("số nguyên ngày làm việc", problem.Message);
    }

    [Theory]
    [InlineData("{ \"value\": 15, \"unit\": \"working-days\" }")]
    [InlineData("{ \"value\": 0, \"unit\": \"working-days\" }")]
    [InlineData("{ \"value\": 2, \"unit\": \"calendar-days\" }")]
    [InlineData("{ \"value\": 16, \"unit\": \"working-hours\" }")]
    public void A_reminder_is_some_working_time_inside_the_citizen_deadline_and_unlike_the_others(string second)
    {
        var text = DefinitionText.Valid(steps: WaitSteps(
            $"\"duration\": {{ \"value\": 15, \"unit\": \"working-days\" }}, \"remindBefore\": [ {{ \"value\": 2, \"unit\": \"working-days\" }}, {second} ], \"onExpiry\": \"stop\", "));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.ReminderOutsideCitizenDeadline, true), (problem.Code, problem.IsError));
        Assert.Equal("$.process.steps[1].remindBefore[1]", problem.JsonPath);
        Assert.Contains("Lần nhắc thứ 2 của bước chờ \"pay\"", problem.Message);
    }

    [Fact]
    public void Reminders_or_an_expiry_effect_on_a_task_are_refused_rather_than_ignored()
    {
        var text = DefinitionText.Valid(steps: WaitSteps("").Replace(
            "\"outcomes\": [ { \"id\": \"ask\"", "\"onExpiry\": \"stop\", \"outcomes\": [ { \"id\": \"ask\""));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.CitizenDeadlineOutsideWait, true), (problem.Code, problem.IsError));
        AssertAt(problem, text, "\"onExpiry\"", "$.process.steps[0].onExpiry");
        Assert.Contains("bước chờ (wait)", problem.Message);
    }

    [Fact]
    public void A_citizen_deadline_as_long_as_the_statutory_time_while_the_clock_runs_is_warned_about()
    {
        var text = DefinitionText.Valid(steps: WaitSteps("\"duration\": { \"value\": 5, \"unit\": \"working-days\" }, \"onExpiry\": \"stop\", ", clock: "run"));
        var problem = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.CitizenOutlastsRunningClock, false), (problem.Code, problem.IsError));
        AssertAt(problem, text, "\"duration\": { \"value\": 5", "$.process.steps[1].duration");
        Assert.Contains("\"pause\" hoặc \"restart\"", problem.Message);
        Assert.Empty(Load(DefinitionText.Valid(steps: WaitSteps("\"duration\": { \"value\": 4, \"unit\": \"working-days\" }, \"onExpiry\": \"stop\", ", clock: "run"))));
    }

    [Fact]
    public void A_fixed_unit_that_ended_before_the_version_takes_effect_is_named_with_its_end_and_successor()
    {
        var text = DefinitionText.Valid(extra: "\n  \"effectiveFrom\": \"2025-08-01\",")
            .Replace("\"role\": \"specialist\", \"unitKind\": \"commune\" }", "\"role\": \"specialist\", \"unitKind\": \"commune\", \"unit\": \"x-cu\" }");
        var problem = Assert.Single(Load(text));
        Assert.Equal(ProblemCodes.UnitNotInForce, problem.Code);
        Assert.True(problem.IsError);
        AssertAt(problem, text, "\"unit\": \"x-cu\"", "$.process.steps[1].assignee.unit");
        Assert.Contains("\"x-cu\"", problem.Message);
        Assert.Contains("01/07/2025", problem.Message);
        Assert.Contains("01/08/2025", problem.Message);
        Assert.Contains("\"x-tan-phu\"", problem.Message);
    }

    private static string FixedTo(string unit, string effectiveFrom) =>
        DefinitionText.Valid(extra: $"\n  \"effectiveFrom\": \"{effectiveFrom}\",")
            .Replace("\"role\": \"specialist\", \"unitKind\": \"commune\" }", $"\"role\": \"specialist\", \"unitKind\": \"commune\", \"unit\": \"{unit}\" }}");

    [Fact]
    public void A_fixed_unit_whose_successor_ended_too_is_sent_to_the_unit_in_force_then()
    {
        var problem = Assert.Single(Load(FixedTo("x-a", "2025-08-01")));
        Assert.Equal(ProblemCodes.UnitNotInForce, problem.Code);
        Assert.Contains("01/01/2020", problem.Message);
        Assert.Contains("Giao cho đơn vị kế thừa \"x-tan-phu\"", problem.Message);
        Assert.DoesNotContain("\"x-b\"", problem.Message);
    }

    [Fact]
    public void A_fixed_unit_that_starts_after_the_version_takes_effect_is_reported_with_its_start()
    {
        var text = FixedTo("x-moi", "2025-08-01");
        var problem = Assert.Single(Load(text));
        Assert.Equal(ProblemCodes.UnitNotInForce, problem.Code);
        AssertAt(problem, text, "\"unit\": \"x-moi\"", "$.process.steps[1].assignee.unit");
        Assert.Equal(
            "Bước \"review\" giao cho đơn vị \"x-moi\" (UBND xã Mới), nhưng đơn vị này chỉ hoạt động từ 01/01/2026, sau ngày phiên bản có hiệu lực 01/08/2025. Đặt \"effectiveFrom\" từ 01/01/2026 trở đi, hoặc giao cho đơn vị khác.",
            problem.Message);
    }

    [Fact]
    public void A_fixed_unit_that_ended_without_a_successor_is_reported_as_such()
    {
        var problem = Assert.Single(Load(FixedTo("x-giai-the", "2025-08-01")));
        Assert.Equal(ProblemCodes.UnitNotInForce, problem.Code);
        Assert.Contains("không còn hoạt động từ 01/07/2025", problem.Message);
        Assert.Contains("không có đơn vị kế thừa", problem.Message);
    }

    [Fact]
    public void A_fixed_unit_in_a_gap_of_its_history_is_reported_with_the_day_it_resumes()
    {
        var problem = Assert.Single(Load(FixedTo("x-gian-doan", "2021-03-01")));
        Assert.Equal(ProblemCodes.UnitNotInForce, problem.Code);
        Assert.Contains("từ 01/01/2020 đến trước 01/01/2022", problem.Message);
        Assert.Empty(Load(FixedTo("x-gian-doan", "2022-01-01")));
    }

    [Fact]
    public void A_fixed_unit_in_force_when_the_version_takes_effect_is_accepted_with_a_warning_that_it_ends_later()
    {
        var text = DefinitionText.Valid(extra: "\n  \"effectiveFrom\": \"2024-01-01\",")
            .Replace("\"role\": \"specialist\", \"unitKind\": \"commune\" }", "\"role\": \"specialist\", \"unitKind\": \"commune\", \"unit\": \"x-cu\" }");
        var warning = Assert.Single(Load(text));
        Assert.Equal((ProblemCodes.FixedUnitEnds, false), (warning.Code, warning.IsError));
        Assert.Contains("thôi hoạt động từ ngày 01/07/2025 (kế thừa: x-tan-phu)", warning.Message);
    }

    private static string SameDay(decimal reviewHours) => DefinitionText.Valid()
        .Replace("\"statutoryTime\": { \"value\": 5, \"unit\": \"working-days\" }", "\"statutoryTime\": { \"value\": 0, \"unit\": \"same-day\", \"cutoff\": \"15:00\" }")
        .Replace("\"duration\": { \"value\": 1, \"unit\": \"working-days\" }", "\"duration\": { \"value\": 1, \"unit\": \"working-hours\" }")
        .Replace("\"duration\": { \"value\": 2, \"unit\": \"working-days\" }", $"\"duration\": {{ \"value\": {reviewHours.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"unit\": \"working-hours\" }}");

    [Fact]
    public void A_same_day_procedure_whose_steps_cannot_fit_between_the_cut_off_and_the_close_is_warned_with_the_numbers()
    {
        var text = SameDay(2.5m);
        var problem = Assert.Single(Load(text));
        Assert.Equal(ProblemCodes.SameDayStepsPastCutoff, problem.Code);
        Assert.False(problem.IsError);
        AssertAt(problem, text, "\"statutoryTime\"", "$.statutoryTime");
        Assert.Equal(
            "Thủ tục giải quyết trong ngày không kịp khi nhận muộn trong ngày. Trường hợp xấu nhất: hồ sơ nhận lúc 05/01/2024 15:00 (thứ Sáu, trước ngày nghỉ cuối tuần) có hạn 05/01/2024 17:00, nhưng bước cuối dự kiến xong lúc 08/01/2024 08:30, trễ 1,5 giờ làm việc. Đường xử lý muộn nhất: receive 1 giờ làm việc → review 2,5 giờ làm việc. Nhận lúc 15:00 (giờ chốt) chỉ còn 2 giờ làm việc đến 17:00: rút ngắn các bước xuống tổng cộng không quá 2 giờ, hoặc đặt giờ chốt sớm hơn.",
            problem.Message);
    }

    [Fact]
    public void The_same_day_check_counts_the_working_hours_of_the_calendar()
    {
        // Closing at 16:30, a 15:00 cut-off leaves 1.5 hours, not the standard week's 2.
        var week = new WeeklySchedule(
            [new WorkingPeriod(new(7, 30), new(11, 30)), new WorkingPeriod(new(13, 0), new(16, 30))],
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        var text = SameDay(1m);
        Assert.Empty(Load(text));

        var options = new DefinitionLoadOptions { Organisation = Organisation.Value, Culture = Text.Vietnamese, Calendar = new WorkingCalendar(new WorkingHoursSettings(week), []) };
        var problem = Assert.Single(DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, options).Problems);
        Assert.Equal(ProblemCodes.SameDayStepsPastCutoff, problem.Code);
        Assert.Contains("bước cuối dự kiến xong lúc 08/01/2024 08:00, trễ 0,5 giờ làm việc", problem.Message);
        Assert.Contains("Nhận lúc 15:00 (giờ chốt) chỉ còn 1.5 giờ làm việc đến 16:30", problem.Message);
    }

    [Fact]
    public void The_procedures_folder_checks_definitions_with_its_calendars_working_hours()
    {
        var root = Directory.CreateTempSubdirectory("definitions-calendar-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "calendars"));
            File.WriteAllText(Path.Combine(root, "calendars", "working-hours.json"), """
                {
                  "default": {
                    "workingWeek": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                    "periods": [ { "start": "07:30", "end": "11:30" }, { "start": "13:00", "end": "16:30" } ]
                  }
                }
                """);

            var periods = ProceduresWorkspace.DefinitionOptions(root).Calendar.WorkingHours.Default.StandardDay;

            Assert.Equal(new TimeOnly(16, 30), periods[^1].End);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_same_day_procedure_whose_steps_take_longer_than_a_working_day_is_an_error()
    {
        // 9 hours: late even for a dossier received at the opening.
        var problem = Assert.Single(Load(SameDay(8m)));

        Assert.Equal(ProblemCodes.DurationsExceedStatutoryTime, problem.Code);
        Assert.True(problem.IsError);
        Assert.StartsWith("Các bước không kịp thời hạn giải quyết trong ngày (giờ chốt 15:00). Trường hợp xấu nhất: hồ sơ nhận lúc 05/01/2024 15:00", problem.Message);
    }

    [Fact]
    public void A_same_day_procedure_whose_steps_fit_after_the_cut_off_is_not_warned()
    {
        Assert.Empty(Load(SameDay(1m)));
    }

    [Fact]
    public void English_messages_are_available()
    {
        var text = DefinitionText.Valid().Replace("\"to\": \"review\"", "\"to\": \"nowhere\"");
        var result = DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, new DefinitionLoadOptions { Culture = Text.English });
        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.UnknownStep);
        Assert.StartsWith("The step \"receive\" leads to \"nowhere\"", problem.Message);
    }
}
