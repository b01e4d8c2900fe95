using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Tests.Editing;

/// <summary>Each edit writes JSON that the command line's loader accepts, or that gives exactly the problem one expects.</summary>
public class ProcessEditTests
{
    private static readonly StepDefaults Defaults = new("specialist", "commune-economic-office");

    private static DefinitionDocument Draft() => SampleDefinitions.NextDraftOf("building-permit-house", 2);

    private static IReadOnlyList<string> ErrorCodes(DefinitionDocument document) =>
        SampleDefinitions.Validate(document).Problems.Where(p => p.IsError).Select(p => p.Code).Distinct().Order().ToList();

    [Fact]
    public void The_next_draft_of_a_sample_loads_without_problems()
    {
        Assert.Empty(SampleDefinitions.Validate(Draft()).Problems);
    }

    [Fact]
    public void A_new_task_is_unconnected_until_linked_then_its_time_must_fit_the_statutory_time()
    {
        var document = Draft();
        var id = ProcessEdits.AddStep(document, StepKind.Task, "Kiểm tra hiện trạng công trình", Defaults, afterStepId: "review");

        Assert.Equal("kiem-tra-hien-trang-cong-trinh", id);
        Assert.Equal(document.IndexOfStep("review") + 1, document.IndexOfStep(id));
        var added = SampleDefinitions.Validate(document).Problems.Where(p => p.IsError).ToList();
        Assert.Contains(added, p => p.Code == ProblemCodes.UnreachableStep && p.JsonPath == $"$.process.steps[{document.IndexOfStep(id)}]");
        Assert.Contains(added, p => p.Code == ProblemCodes.MissingForKind && p.Message.Contains("outcomes", StringComparison.Ordinal));

        LinkEdits.Connect(document, LinkSource.Outcome("review", 0), id);
        LinkEdits.Connect(document, LinkSource.NewOutcome(id), "needs-opinions");

        Assert.Equal([ProblemCodes.DurationsExceedStatutoryTime], ErrorCodes(document));

        StepEdits.SetDuration(document, "review", 5, DurationUnit.WorkingDays);

        Assert.Empty(ErrorCodes(document));
        var outcome = (JObject)SampleDefinitions.StepOf(document, id)["outcomes"]![0]!;
        Assert.Equal(["id", "name", "kind", "to"], outcome.Properties().Select(p => p.Name));
        Assert.Equal(("approve", "needs-opinions"), ((string?)outcome["kind"], (string?)outcome["to"]));
    }

    [Fact]
    public void A_consultation_deadline_is_written_on_the_parallel_step_and_checked_as_it_is_edited()
    {
        var document = Draft();
        IReadOnlyList<string> Warnings() => SampleDefinitions.Validate(document).Problems.Where(p => !p.IsError).Select(p => p.Code).ToList();

        StepEdits.SetConsultationDeadline(document, "consult-agencies", 20, DurationUnit.WorkingDays, ConsultationDeadlineEffect.AssumeAgreement);
        Assert.Equal([ProblemCodes.ConsultationDeadlineOutOfTime], ErrorCodes(document));

        // Two of the agencies have 3 working days of their own: the loader warns, at their branches.
        StepEdits.SetConsultationDeadline(document, "consult-agencies", 2, DurationUnit.WorkingDays, ConsultationDeadlineEffect.AssumeAgreement);
        Assert.Empty(ErrorCodes(document));
        Assert.Equal([ProblemCodes.BranchOutlastsConsultation, ProblemCodes.BranchOutlastsConsultation], Warnings());

        // The office that asks (review, through the decision) has no desk officer to escalate to; it has a head.
        StepEdits.SetConsultationDeadline(document, "consult-agencies", 3, DurationUnit.WorkingDays, ConsultationDeadlineEffect.Escalate, "desk-officer");
        Assert.Equal([ProblemCodes.EscalationTargetUnknown], ErrorCodes(document));
        StepEdits.SetConsultationDeadline(document, "consult-agencies", 3, DurationUnit.WorkingDays, ConsultationDeadlineEffect.Escalate, "head");
        Assert.Empty(SampleDefinitions.Validate(document).Problems);
        var step = SampleDefinitions.StepOf(document, "consult-agencies");
        Assert.Equal(["id", "name", "kind", "branches", "join", "deadline", "onDeadline", "escalateTo"], step.Properties().Select(p => p.Name));

        StepEdits.SetConsultationDeadline(document, "consult-agencies", 3, DurationUnit.WorkingDays, ConsultationDeadlineEffect.KeepWaiting, "head");
        Assert.Null(step["escalateTo"]);
        StepEdits.RemoveConsultationDeadline(document, "consult-agencies");
        Assert.Equal(["id", "name", "kind", "branches", "join"], step.Properties().Select(p => p.Name));
        Assert.Empty(SampleDefinitions.Validate(document).Problems);
    }

    [Fact]
    public void A_citizen_deadline_is_written_on_the_wait_step_and_checked_as_it_is_edited()
    {
        var document = SampleDefinitions.NextDraftOf("land-first-certificate", 1);
        IReadOnlyList<string> Warnings() => SampleDefinitions.Validate(document).Problems.Where(p => !p.IsError).Select(p => p.Code).ToList();
        var step = SampleDefinitions.StepOf(document, "citizen-pays");

        StepEdits.SetCitizenDeadline(document, "citizen-pays", 30, [(5m, DurationUnit.WorkingDays), (4m, DurationUnit.WorkingHours)], CitizenDeadlineEffect.Stop);
        Assert.Empty(SampleDefinitions.Validate(document).Problems);
        Assert.Equal(["id", "name", "kind", "duration", "waitFor", "clock", "remindBefore", "onExpiry", "next"], step.Properties().Select(p => p.Name));
        Assert.Equal((30, "working-days", "stop"), ((int)step["duration"]!["value"]!, (string?)step["duration"]!["unit"], (string?)step["onExpiry"]));
        Assert.Equal(2, ((JArray)step["remindBefore"]!).Count);

        StepEdits.SetCitizenDeadline(document, "citizen-pays", 2.5m, [], CitizenDeadlineEffect.Return);
        Assert.Equal([ProblemCodes.CitizenDeadlineOutOfRange], ErrorCodes(document));
        Assert.Null(step["remindBefore"]);

        // A reminder as long as the deadline itself reminds nobody before anything.
        StepEdits.SetCitizenDeadline(document, "citizen-pays", 5, [(5m, DurationUnit.WorkingDays)], CitizenDeadlineEffect.Return);
        Assert.Equal([ProblemCodes.ReminderOutsideCitizenDeadline], ErrorCodes(document));

        // With the agency's clock running, 10 working days for the citizen is the whole statutory time.
        StepEdits.SetCitizenDeadline(document, "citizen-pays", 10, [(1m, DurationUnit.WorkingDays)], CitizenDeadlineEffect.Return);
        StepEdits.SetWait(document, "citizen-pays", WaitReason.Obligation, ClockEffect.Run);
        Assert.Empty(ErrorCodes(document));
        Assert.Equal([ProblemCodes.CitizenOutlastsRunningClock], Warnings());

        StepEdits.SetWait(document, "citizen-pays", WaitReason.Obligation, ClockEffect.Pause);
        StepEdits.RemoveCitizenDeadline(document, "citizen-pays");
        Assert.Equal(["id", "name", "kind", "waitFor", "clock", "next"], step.Properties().Select(p => p.Name));
        Assert.Empty(SampleDefinitions.Validate(document).Problems);
    }

    [Fact]
    public void Removing_a_step_removes_every_link_to_it()
    {
        var document = Draft();

        ProcessEdits.RemoveStep(document, "needs-opinions");

        Assert.DoesNotContain("needs-opinions", document.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain(SampleDefinitions.StepOf(document, "review")["outcomes"]!, o => (string?)o["id"] == "approve");
        Assert.Empty(ErrorCodes(document));
    }

    [Fact]
    public void Removing_a_join_leaves_the_branches_and_the_fork_without_what_they_need()
    {
        var document = Draft();

        ProcessEdits.RemoveStep(document, "opinions-received");

        Assert.Null(SampleDefinitions.StepOf(document, "consult-agencies")["join"]);
        Assert.Empty((JArray)SampleDefinitions.StepOf(document, "consult-land")["outcomes"]!);
        var problems = SampleDefinitions.Validate(document).Problems.Where(p => p.IsError).ToList();
        Assert.Contains(problems, p => p.Code == ProblemCodes.MissingForKind && p.JsonPath == $"$.process.steps[{document.IndexOfStep("consult-agencies")}]");
        Assert.Contains(problems, p => p.Code == ProblemCodes.MissingForKind && p.JsonPath == $"$.process.steps[{document.IndexOfStep("consult-land")}]");
    }

    [Fact]
    public void Removing_the_start_step_starts_at_the_next_one()
    {
        var document = Draft();

        ProcessEdits.RemoveStep(document, "receive");

        Assert.Equal("review", document.StartStepId);
    }

    [Fact]
    public void Connecting_re_points_a_decision_and_adds_branches_and_rules_from_the_plus_ports()
    {
        var document = Draft();

        LinkEdits.Connect(document, LinkSource.Otherwise("needs-opinions"), "sign");
        Assert.Equal("sign", (string?)SampleDefinitions.StepOf(document, "needs-opinions")["otherwise"]);
        Assert.Empty(ErrorCodes(document));

        LinkEdits.Connect(document, LinkSource.NewRule("needs-opinions"), "refused");
        Assert.Equal("true", (string?)SampleDefinitions.StepOf(document, "needs-opinions")["rules"]![1]!["when"]);
        Assert.Empty(ErrorCodes(document));

        LinkEdits.Connect(document, LinkSource.NewBranch("consult-agencies"), "refused");
        Assert.Equal([ProblemCodes.ForkWithoutJoin], ErrorCodes(document));

        LinkEdits.Disconnect(document, LinkSource.Branch("consult-agencies", 3));
        Assert.Empty(ErrorCodes(document));
    }

    [Fact]
    public void A_link_drawn_to_a_parallel_step_consults_and_one_to_a_refusal_rejects_with_a_comment()
    {
        var document = Draft();

        LinkEdits.Connect(document, LinkSource.NewOutcome("head-review"), "consult-agencies");
        LinkEdits.Connect(document, LinkSource.NewOutcome("sign"), "refused");

        var consult = (JObject)SampleDefinitions.StepOf(document, "head-review")["outcomes"]!.Last!;
        Assert.Equal(("consult", "consult-agencies"), ((string?)consult["kind"], (string?)consult["to"]));
        var reject = (JObject)SampleDefinitions.StepOf(document, "sign")["outcomes"]!.Last!;
        Assert.Equal(("reject", true), ((string?)reject["kind"], (bool?)reject["requiresComment"]));
        Assert.Empty(ErrorCodes(document));
    }

    [Fact]
    public void Renaming_a_step_changes_only_its_name_and_changing_its_id_follows_every_reference()
    {
        var document = Draft();

        StepEdits.SetName(document, "review", "Thẩm định hồ sơ, kiểm tra thực địa");
        ProcessEdits.ChangeStepId(document, "review", "tham-dinh");

        Assert.Equal("Thẩm định hồ sơ, kiểm tra thực địa", (string?)SampleDefinitions.StepOf(document, "tham-dinh")["name"]);
        Assert.DoesNotContain("\"review\"", document.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"Thẩm định hồ sơ, kiểm tra thực địa\"", document.ToText(), StringComparison.Ordinal);
        Assert.Empty(ErrorCodes(document));
        Assert.Throws<DefinitionEditException>(() => ProcessEdits.ChangeStepId(document, "sign", "return"));
        Assert.Throws<DefinitionEditException>(() => ProcessEdits.ChangeStepId(document, "sign", "Ký"));
    }

    [Fact]
    public void Changing_a_kind_drops_the_members_the_new_kind_ignores_and_the_loader_names_what_it_lacks()
    {
        var document = Draft();

        ProcessEdits.ChangeKind(document, "needs-opinions", StepKind.Task, Defaults);

        var step = SampleDefinitions.StepOf(document, "needs-opinions");
        Assert.Equal(["id", "name", "kind", "assignee", "duration", "outcomes"], step.Properties().Select(p => p.Name));
        var problems = SampleDefinitions.Validate(document).Problems.Where(p => p.IsError).ToList();
        var missing = Assert.Single(problems, p => p.Code == ProblemCodes.MissingForKind);
        Assert.Equal($"$.process.steps[{document.IndexOfStep("needs-opinions")}]", missing.JsonPath);
        Assert.Contains("outcomes", missing.Message, StringComparison.Ordinal);

        ProcessEdits.ChangeKind(document, "needs-opinions", StepKind.Decision, Defaults);
        StepEdits.SetRules(document, "needs-opinions", [new RuleDraft("floors > 7", "consult-agencies")]);
        StepEdits.SetOtherwise(document, "needs-opinions", "head-review");
        Assert.Empty(ErrorCodes(document));
    }

    [Fact]
    public void Editing_an_outcome_is_checked_by_the_loader_at_the_outcome_itself()
    {
        var document = Draft();
        var review = document.IndexOfStep("review");

        StepEdits.UpdateOutcome(document, "review", 2, new OutcomeDraft("supplement", "Yêu cầu bổ sung", OutcomeKind.Supplement, "consult-agencies", true));
        var wrongKind = Assert.Single(SampleDefinitions.Validate(document).Problems, p => p.IsError);
        Assert.Equal((ProblemCodes.InvalidValue, $"$.process.steps[{review}].outcomes[2].to"), (wrongKind.Code, wrongKind.JsonPath));

        StepEdits.UpdateOutcome(document, "review", 2, new OutcomeDraft("supplement", "Yêu cầu bổ sung", OutcomeKind.Supplement, "khong-co", true));
        var unknown = Assert.Single(SampleDefinitions.Validate(document).Problems, p => p.IsError);
        Assert.Equal((ProblemCodes.UnknownStep, $"$.process.steps[{review}].outcomes[2].to"), (unknown.Code, unknown.JsonPath));

        StepEdits.UpdateOutcome(document, "review", 2, new OutcomeDraft("bo-sung", "Đề nghị bổ sung giấy tờ", OutcomeKind.Supplement, "review", false));
        Assert.Empty(ErrorCodes(document));
        var outcome = (JObject)SampleDefinitions.StepOf(document, "review")["outcomes"]![2]!;
        Assert.Equal(true, (bool?)outcome["requiresComment"]);
    }

    [Fact]
    public void Kind_specific_members_are_written_where_a_person_would_write_them()
    {
        var document = Draft();

        StepEdits.SetPhase(document, "review", StepPhase.Intake);
        StepEdits.SetAssignee(document, "review", "head", "commune-economic-office");
        StepEdits.SetForms(document, "review", ["supplement-request", "receipt"]);
        StepEdits.SetJoinMode(document, "opinions-received", JoinMode.All, null);
        StepEdits.SetResult(document, "refused", EndResult.Stopped);

        Assert.Equal(["id", "name", "kind", "phase", "assignee", "duration", "forms", "outcomes"], SampleDefinitions.StepOf(document, "review").Properties().Select(p => p.Name));
        Assert.Null(SampleDefinitions.StepOf(document, "opinions-received")["count"]);
        Assert.Empty(ErrorCodes(document));

        StepEdits.SetAssignee(document, "review", "chu-tich", "commune-economic-office");
        Assert.Equal([ProblemCodes.RoleNotInKind], ErrorCodes(document));
    }

    [Fact]
    public void Metadata_documents_and_fees_are_edited_in_place()
    {
        var document = Draft();

        MetadataEdits.SetText(document, "name", "Cấp giấy phép xây dựng nhà ở riêng lẻ (sửa đổi)");
        MetadataEdits.SetEffectiveFrom(document, new DateOnly(2026, 7, 1));
        MetadataEdits.SetStatutoryTime(document, 20, DurationUnit.WorkingDays, null);
        MetadataEdits.AddDocument(document, new DocumentDraft("anh-hien-trang", "Ảnh chụp hiện trạng khu đất", 1, 0, 0, false, null, null, null));
        MetadataEdits.UpdateFee(document, 0, new FeeDraft("le-phi-gpxd", "Lệ phí cấp giấy phép xây dựng", FeeKind.Charge, 100000, "permit", null, null, null, null, null));

        Assert.Empty(ErrorCodes(document));
        Assert.Equal(20, (int)document.Root["statutoryTime"]!["value"]!);
        Assert.NotNull(document.Root["statutoryTime"]!["note"]);
        Assert.Equal(["id", "name", "originals", "required"], ((JObject)document.Root["documents"]!.Last!).Properties().Select(p => p.Name));
        Assert.Null(document.Root["fees"]![0]!["note"]);

        MetadataEdits.SetText(document, "receivingUnitKind", "ward-office");
        Assert.Equal([ProblemCodes.UnknownUnitKind], ErrorCodes(document));
    }
}
