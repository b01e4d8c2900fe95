using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Expressions;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation;
using Workflow.Engine.Planning;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// Checks what a definition means, once its structure is sound: the steps connect, every path
/// ends, forks have their joins, roles exist at their unit kinds, expressions read declared
/// data, and step durations fit inside the statutory time. Reports every problem it finds.
/// </summary>
public sealed partial class DefinitionValidator
{
    /// <summary>Names every expression may read besides the procedure's own data fields.</summary>
    public static readonly IReadOnlySet<string> BuiltInNames = new HashSet<string>(StringComparer.Ordinal) { "channel" };

    private readonly ProcedureDefinition _definition;
    private readonly JToken _json;
    private readonly ProblemList _problems;
    private readonly IUnitKindCatalog? _organisation;
    private readonly WorkingCalendar _calendar;
    private readonly DeadlineConvention _convention;
    private readonly CultureInfo? _culture;

    private DefinitionValidator(ProcedureDefinition definition, JToken json, ProblemList problems, DefinitionLoadOptions options)
    {
        _definition = definition;
        _json = json;
        _problems = problems;
        _organisation = options.Organisation;
        _calendar = options.Calendar;
        _convention = options.DefaultConvention;
        _culture = options.Culture;
    }

    public static void Validate(ProcedureDefinition definition, JToken json, ProblemList problems, DefinitionLoadOptions options) =>
        new DefinitionValidator(definition, json, problems, options).Run();

    private string T(string vi, string en) => Text.Pick(_culture, vi, en);

    private JToken? At(string path) => _json.SelectToken(path) ?? _json;

    private void Run()
    {
        CheckUniqueIds();
        CheckReceivingKind();
        CheckAssurance();
        CheckData();
        CheckExpressions();
        CheckFees();
        var steps = _definition.Process.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            CheckStep(steps[i], $"process.steps[{i}]");
        }

        CheckStart();

        // A link to an unknown step is reported once, where it is written; the graph checks that would
        // follow from it (unreachable steps, paths that never end, branches missing their join) are not
        // run, since where the link was meant to go is unknown and each would repeat the same mistake.
        // The durations are still added up: the steps that are known can already be too long.
        var brokenLinks = _problems.Items.Any(p => p.Code == ProblemCodes.UnknownStep);
        var graph = new ProcessGraph(_definition.Process);
        CheckForks(graph, brokenLinks);
        if (!brokenLinks)
        {
            CheckReachability(graph);
        }

        if (graph.Step(_definition.Process.Start) is not null)
        {
            CheckStatutoryTime();
        }

        new PhaseChecks(_definition, _json, _problems, _calendar, _convention, _culture).Run();
    }

    private void CheckUniqueIds()
    {
        Unique(_definition.Process.Steps.Select(s => s.Id), "process.steps", "id", T("bước", "step"));
        for (var i = 0; i < _definition.Process.Steps.Count; i++)
        {
            Unique(_definition.Process.Steps[i].Outcomes.Select(o => o.Id), $"process.steps[{i}].outcomes", "id", T("kết quả xử lý", "outcome"));
        }

        Unique(_definition.Documents.Select(d => d.Id), "documents", "id", T("giấy tờ", "document"));
        Unique(_definition.Fees.Select(f => f.Id), "fees", "id", T("phí, lệ phí", "fee"));
        Unique(_definition.Results.Select(r => r.Id), "results", "id", T("kết quả", "result"));
        Unique(_definition.Data.Select(d => d.Id), "data", "id", T("trường dữ liệu", "data field"));
    }

    private void Unique(IEnumerable<string> ids, string listPath, string member, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                _problems.Error(ProblemCodes.DuplicateId, At($"{listPath}[{index}].{member}"), T(
                    $"Mã {what} \"{id}\" bị trùng. Mỗi {what} cần một mã riêng.",
                    $"The {what} id \"{id}\" is used twice. Give each {what} its own id."));
            }

            index++;
        }
    }

    private void CheckReceivingKind()
    {
        if (_organisation is null || _organisation.HasKind(_definition.ReceivingUnitKind))
        {
            return;
        }

        _problems.Error(ProblemCodes.UnknownUnitKind, At("receivingUnitKind"), T(
            $"Loại đơn vị tiếp nhận \"{_definition.ReceivingUnitKind}\" không có trong cơ cấu tổ chức. Dùng một loại trong procedures/organisation.",
            $"The receiving unit kind \"{_definition.ReceivingUnitKind}\" is not in the organisation. Use a kind from procedures/organisation."));
    }

    /// <summary>A level of assurance guards online submission only; on a procedure not offered online it would guard nothing.</summary>
    private void CheckAssurance()
    {
        if (_definition.MinimumAssuranceLevel is null || (_definition.OnlineMode != OnlineMode.None && _definition.Channels.Contains(Channel.Online)))
        {
            return;
        }

        _problems.Error(ProblemCodes.AssuranceWithoutOnline, At("minimumAssuranceLevel"), T(
            "\"minimumAssuranceLevel\" chỉ áp dụng cho nộp hồ sơ trực tuyến: thêm \"online\" vào \"channels\" và đặt \"onlineMode\" là full hoặc partial, hoặc bỏ \"minimumAssuranceLevel\".",
            "\"minimumAssuranceLevel\" applies to online submission only: add \"online\" to \"channels\" and set \"onlineMode\" to full or partial, or remove \"minimumAssuranceLevel\"."));
    }

    private void CheckData()
    {
        for (var i = 0; i < _definition.Data.Count; i++)
        {
            var field = _definition.Data[i];
            if (field.Type == DataFieldType.Choice && field.Choices.Count == 0)
            {
                _problems.Error(ProblemCodes.MissingForKind, At($"data[{i}]"), T(
                    $"Trường \"{field.Id}\" kiểu choice cần danh sách \"choices\".",
                    $"The choice field \"{field.Id}\" needs a \"choices\" list."));
            }
        }
    }

    private void CheckExpressions()
    {
        for (var i = 0; i < _definition.StatutoryTime.Alternatives.Count; i++)
        {
            CheckExpression(_definition.StatutoryTime.Alternatives[i].When, $"statutoryTime.alternatives[{i}].when");
        }

        for (var i = 0; i < _definition.Documents.Count; i++)
        {
            if (_definition.Documents[i].When is { } when)
            {
                CheckExpression(when, $"documents[{i}].when");
            }
        }

        for (var i = 0; i < _definition.Fees.Count; i++)
        {
            if (_definition.Fees[i].ExemptWhen is { } when)
            {
                CheckExpression(when, $"fees[{i}].exemptWhen");
            }
        }

        for (var s = 0; s < _definition.Process.Steps.Count; s++)
        {
            var rules = _definition.Process.Steps[s].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                CheckExpression(rules[r].When, $"process.steps[{s}].rules[{r}].when");
            }
        }
    }

    private void CheckExpression(string source, string path)
    {
        var check = ExpressionLanguage.Check(source, _culture);
        if (!check.IsValid)
        {
            _problems.Error(ProblemCodes.BadExpression, At(path), check.Error!);
            return;
        }

        var known = _definition.Data.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var name in check.Parameters.Where(p => !known.Contains(p) && !BuiltInNames.Contains(p)))
        {
            var declared = known.Count == 0 ? T("(chưa khai báo trường nào)", "(none declared)") : string.Join(", ", known.Order(StringComparer.Ordinal));
            _problems.Error(ProblemCodes.UnknownDataField, At(path), T(
                $"Biểu thức dùng \"{name}\" nhưng hồ sơ không có trường dữ liệu này. Khai báo nó trong \"data\" hoặc dùng một trường có sẵn: {declared}.",
                $"The expression reads \"{name}\", which is not a data field of this procedure. Declare it under \"data\" or use one of: {declared}."));
        }
    }

    private void CheckFees()
    {
        for (var i = 0; i < _definition.Fees.Count; i++)
        {
            var fee = _definition.Fees[i];
            if (fee.Amount is null && fee.Tiers.Count == 0)
            {
                _problems.Error(ProblemCodes.MissingForKind, At($"fees[{i}]"), T(
                    $"Khoản \"{fee.Id}\" cần \"amount\" (mức thu cố định) hoặc \"tiers\" (mức thu theo bậc).",
                    $"The fee \"{fee.Id}\" needs an \"amount\" (flat) or \"tiers\" (stepped)."));
            }

            if (fee.QuantityField is { } quantity && !_definition.Data.Any(d => d.Id == quantity && d.Type == DataFieldType.Number))
            {
                _problems.Error(ProblemCodes.UnknownFeeQuantity, At($"fees[{i}].quantityField"), T(
                    $"\"quantityField\" phải là một trường dữ liệu kiểu số; \"{quantity}\" không phải.",
                    $"\"quantityField\" must name a number data field; \"{quantity}\" does not."));
            }

            for (var t = 0; t < fee.Tiers.Count; t++)
            {
                if (fee.Tiers[t].To is { } to && to < fee.Tiers[t].From)
                {
                    _problems.Error(ProblemCodes.InvalidValue, At($"fees[{i}].tiers[{t}]"), T(
                        $"Bậc thu từ {fee.Tiers[t].From} đến {to}: \"to\" phải lớn hơn hoặc bằng \"from\".",
                        $"The tier from {fee.Tiers[t].From} to {to}: \"to\" must not be below \"from\"."));
                }
            }
        }
    }

    private void CheckStep(StepDefinition step, string path)
    {
        var raw = _json.SelectToken(path) as JObject;
        bool Has(string member) => raw?.ContainsKey(member) ?? false;

        void Require(string member, bool present, string viWhat, string enWhat)
        {
            if (!present)
            {
                _problems.Error(ProblemCodes.MissingForKind, At(path), T(
                    $"Bước \"{step.Id}\" loại {Kind(step.Kind)} cần \"{member}\" ({viWhat}).",
                    $"The {Kind(step.Kind)} step \"{step.Id}\" needs \"{member}\" ({enWhat})."));
            }
        }

        var meaningful = StepKindMembers.Of(step.Kind);
        foreach (var member in raw?.Properties().Select(p => p.Name) ?? [])
        {
            if (step.Kind != StepKind.Parallel && StepKindMembers.ConsultationDeadline.Contains(member))
            {
                // A deadline the engine would silently ignore looks like a legal deadline and does nothing.
                _problems.Error(ProblemCodes.ConsultationDeadlineOutsideFork, At($"{path}.{member}"), T(
                    $"Bước \"{step.Id}\" loại {Kind(step.Kind)} có \"{member}\", nhưng thời hạn lấy ý kiến chỉ đặt ở bước song song (parallel) gửi xin ý kiến. Chuyển \"{member}\" sang bước parallel hoặc xoá nó; thời gian của một bước công việc là \"duration\".",
                    $"The {Kind(step.Kind)} step \"{step.Id}\" has \"{member}\", but a consultation deadline belongs on the parallel step that asks for opinions. Move \"{member}\" to the parallel step or remove it; a task's own time is \"duration\"."));
            }
            else if (step.Kind != StepKind.Wait && StepKindMembers.CitizenDeadline.Contains(member))
            {
                RefuseCitizenDeadlineOutsideWait(step, path, member);
            }
            else if (!StepKindMembers.Common.Contains(member) && !meaningful.Contains(member) && StepKindMembers.All.Contains(member))
            {
                _problems.Warning(ProblemCodes.IgnoredForKind, At($"{path}.{member}"), T(
                    $"\"{member}\" không có ý nghĩa với bước loại {Kind(step.Kind)} và sẽ bị bỏ qua. Xoá nó hoặc đổi loại bước.",
                    $"\"{member}\" means nothing on a {Kind(step.Kind)} step and is ignored. Remove it or change the step's kind."));
            }
        }

        switch (step.Kind)
        {
            case StepKind.Task:
                Require("assignee", step.Assignee is not null, "vai trò tại loại đơn vị thực hiện", "the role at a unit kind that does it");
                Require("duration", step.Duration is not null, "thời gian xử lý của bước", "the step's processing time");
                Require("outcomes", step.Outcomes.Count > 0, "các lựa chọn khi hoàn thành", "the choices when completing it");
                CheckAssignee(step, path);
                for (var i = 0; i < step.Outcomes.Count; i++)
                {
                    CheckReference(step.Outcomes[i].To, $"{path}.outcomes[{i}].to", step);
                    CheckOutcomeTarget(step.Outcomes[i], $"{path}.outcomes[{i}]");
                }

                break;
            case StepKind.Parallel:
                Require("branches", step.Branches.Count >= 2, "ít nhất hai nhánh", "at least two branches");
                Require("join", step.Join is not null, "bước hợp nhất các nhánh", "the step joining the branches");
                for (var i = 0; i < step.Branches.Count; i++)
                {
                    CheckReference(step.Branches[i], $"{path}.branches[{i}]", step);
                }

                if (step.Join is not null)
                {
                    CheckReference(step.Join, $"{path}.join", step);
                }

                CheckConsultationDeadline(step, path, Has);
                break;
            case StepKind.Join:
                Require("mode", step.Mode is not null, "all, any hoặc count", "all, any or count");
                Require("next", step.Next is not null, "bước tiếp theo", "the following step");
                if (step.Mode == JoinMode.Count && step.Count is null)
                {
                    Require("count", false, "số nhánh cần hoàn thành", "how many branches must finish");
                }

                if (step.Mode is (JoinMode.All or JoinMode.Any) and { } mode && Has("count"))
                {
                    _problems.Warning(ProblemCodes.IgnoredForKind, At($"{path}.count"), T(
                        $"\"count\" chỉ dùng với mode \"count\"; với \"{mode.ToString().ToLowerInvariant()}\" nó bị bỏ qua.",
                        $"\"count\" is only used with mode \"count\"; with \"{mode.ToString().ToLowerInvariant()}\" it is ignored."));
                }

                if (step.Next is not null)
                {
                    CheckReference(step.Next, $"{path}.next", step);
                }

                break;
            case StepKind.Decision:
                Require("rules", step.Rules.Count > 0, "các điều kiện", "the conditions");
                Require("otherwise", step.Otherwise is not null, "bước khi không điều kiện nào đúng", "where to go when no condition holds");
                for (var i = 0; i < step.Rules.Count; i++)
                {
                    CheckReference(step.Rules[i].To, $"{path}.rules[{i}].to", step);
                }

                if (step.Otherwise is not null)
                {
                    CheckReference(step.Otherwise, $"{path}.otherwise", step);
                }

                break;
            case StepKind.Wait:
                Require("waitFor", step.WaitFor is not null, "supplement, payment hoặc obligation", "supplement, payment or obligation");
                Require("next", step.Next is not null, "bước tiếp theo khi công dân đã đáp ứng", "the step after the citizen has answered");
                if (step.Next is not null)
                {
                    CheckReference(step.Next, $"{path}.next", step);
                }

                CheckCitizenDeadline(step, path);
                break;
            case StepKind.End:
                Require("result", step.Result is not null, "issued, refused, stopped hoặc withdrawn", "issued, refused, stopped or withdrawn");
                break;
            case StepKind.File:
                Require("procedure", step.Procedure is not null, "thủ tục liên thông được lập hồ sơ", "the linked procedure whose dossier it files");
                Require("receiver", step.Receiver is not null, "loại đơn vị tiếp nhận hồ sơ liên thông", "the unit kind that receives the linked dossier");
                Require("next", step.Next is not null, "bước tiếp theo", "the following step");
                if (step.Await == ChildAwait.Issued)
                {
                    Require("otherwise", step.Otherwise is not null, "bước khi hồ sơ liên thông kết thúc mà không có kết quả", "where to go when the linked dossier ends without a result");
                }
                else if (step.Otherwise is not null)
                {
                    _problems.Warning(ProblemCodes.IgnoredForKind, At($"{path}.otherwise"), T(
                        $"\"otherwise\" chỉ dùng khi \"await\" là \"issued\"; bước \"{step.Id}\" sẽ bỏ qua nó.",
                        $"\"otherwise\" is only used when \"await\" is \"issued\"; the step \"{step.Id}\" ignores it."));
                }

                foreach (var (target, member) in new[] { (step.Next, "next"), (step.Otherwise, "otherwise") })
                {
                    if (target is not null)
                    {
                        CheckReference(target, $"{path}.{member}", step);
                    }
                }

                CheckPassedFieldsExist(step, path);
                break;
        }
    }

    /// <summary>
    /// A consultation's deadline (<c>deadline</c>, <c>onDeadline</c>, <c>escalateTo</c> on a parallel
    /// step): both halves present, an escalation names a role the asking unit has, the deadline is
    /// more than nothing and within the statutory time, and the agencies' own steps fit in it.
    /// </summary>
    private void CheckConsultationDeadline(StepDefinition fork, string path, Func<string, bool> has)
    {
        if (fork.Deadline is null && fork.OnDeadline is null && fork.EscalateTo is null)
        {
            return;
        }

        if (fork.Deadline is null)
        {
            var member = fork.OnDeadline is null ? "escalateTo" : "onDeadline";
            _problems.Error(ProblemCodes.ConsultationEffectMissing, At($"{path}.{member}"), T(
                $"Bước song song \"{fork.Id}\" nói điều gì xảy ra khi quá thời hạn lấy ý kiến nhưng không có \"deadline\". Thêm \"deadline\" (ví dụ {{ \"value\": 5, \"unit\": \"working-days\" }}) hoặc xoá \"{member}\".",
                $"The parallel step \"{fork.Id}\" says what happens when the consultation's deadline passes but has no \"deadline\". Add \"deadline\" (e.g. {{ \"value\": 5, \"unit\": \"working-days\" }}) or remove \"{member}\"."));
            return;
        }

        if (fork.OnDeadline is not { } effect)
        {
            _problems.Error(ProblemCodes.ConsultationEffectMissing, At($"{path}.deadline"), T(
                $"Bước song song \"{fork.Id}\" có thời hạn lấy ý kiến nhưng không nói điều gì xảy ra khi quá hạn. Thêm \"onDeadline\" theo văn bản quy định: \"assume-agreement\" (quá hạn không có ý kiến thì coi như đồng ý), \"escalate\" (báo lãnh đạo đơn vị xin ý kiến) hoặc \"keep-waiting\" (tiếp tục chờ, hồ sơ bị đánh dấu quá hạn lấy ý kiến).",
                $"The parallel step \"{fork.Id}\" has a consultation deadline but does not say what happens when it passes. Add \"onDeadline\" as the governing text says: \"assume-agreement\" (silence is agreement), \"escalate\" (tell the head of the asking unit) or \"keep-waiting\" (wait on, flagged overdue)."));
        }
        else if (effect == ConsultationDeadlineEffect.Escalate)
        {
            CheckEscalationTarget(fork, path);
        }
        else if (has("escalateTo"))
        {
            _problems.Warning(ProblemCodes.EscalationTargetUnknown, At($"{path}.escalateTo"), T(
                $"\"escalateTo\" chỉ dùng với \"onDeadline\": \"escalate\"; với \"{JsonWord(effect)}\" không ai được báo và nó bị bỏ qua. Xoá nó hoặc đổi \"onDeadline\".",
                $"\"escalateTo\" is only used with \"onDeadline\": \"escalate\"; with \"{JsonWord(effect)}\" nobody is told and it is ignored. Remove it or change \"onDeadline\"."));
        }

        var deadline = fork.Deadline;
        var hours = ToHours(deadline.Value, deadline.Unit);
        var allowed = ToHours(_definition.StatutoryTime.Value, _definition.StatutoryTime.Unit);
        if (deadline.Value <= 0 && deadline.Unit != DurationUnit.SameDay)
        {
            _problems.Error(ProblemCodes.ConsultationDeadlineOutOfTime, At($"{path}.deadline"), T(
                $"Thời hạn lấy ý kiến của \"{fork.Id}\" bằng 0: các cơ quan không có thời gian trả lời. Ghi thời hạn theo văn bản quy định.",
                $"The consultation deadline of \"{fork.Id}\" is zero: the agencies get no time to answer. Write the deadline the governing text gives."));
            return;
        }

        if (hours > allowed)
        {
            _problems.Error(ProblemCodes.ConsultationDeadlineOutOfTime, At($"{path}.deadline"), T(
                $"Thời hạn lấy ý kiến của \"{fork.Id}\" ({FormatDays(hours)} ngày làm việc) dài hơn thời hạn giải quyết cả thủ tục ({FormatDays(allowed)} ngày). Rút ngắn thời hạn lấy ý kiến.",
                $"The consultation deadline of \"{fork.Id}\" ({FormatDays(hours)} working days) is longer than the whole procedure's statutory time ({FormatDays(allowed)}). Shorten it."));
            return;
        }

        for (var b = 0; b < fork.Branches.Count; b++)
        {
            if (_definition.Process.Find(fork.Branches[b]) is { Kind: StepKind.Task, Duration: { } own } branch && ToHours(own.Value, own.Unit) > hours)
            {
                _problems.Warning(ProblemCodes.BranchOutlastsConsultation, At($"{path}.branches[{b}]"), T(
                    $"Bước \"{branch.Id}\" cho cơ quan được hỏi {FormatDays(ToHours(own.Value, own.Unit))} ngày làm việc, dài hơn thời hạn lấy ý kiến {FormatDays(hours)} ngày: trả lời sau thời hạn bị tính là trễ. Rút ngắn bước hoặc kéo dài thời hạn lấy ý kiến.",
                    $"The step \"{branch.Id}\" gives the consulted agency {FormatDays(ToHours(own.Value, own.Unit))} working days, more than the consultation deadline of {FormatDays(hours)}: an answer after the deadline counts as late. Shorten the step or lengthen the deadline."));
            }
        }
    }

    /// <summary>An escalation names a role held at the unit kind of every task that asks (leads into the fork, directly or through decisions).</summary>
    private void CheckEscalationTarget(StepDefinition fork, string path)
    {
        if (fork.EscalateTo is not { } role)
        {
            _problems.Error(ProblemCodes.EscalationTargetUnknown, At($"{path}.onDeadline"), T(
                $"Bước song song \"{fork.Id}\" báo lên khi quá thời hạn lấy ý kiến (\"escalate\") nhưng không nói báo ai. Thêm \"escalateTo\": vai trò tại đơn vị xin ý kiến, thường là \"head\" (trưởng đơn vị).",
                $"The parallel step \"{fork.Id}\" escalates when the consultation's deadline passes but does not say to whom. Add \"escalateTo\": a role at the asking unit, usually \"head\"."));
            return;
        }

        if (_organisation is null)
        {
            return;
        }

        foreach (var asking in AskingTasks(fork))
        {
            if (asking.Assignee is not { UnitKind: var kind } || !_organisation.HasKind(kind) || _organisation.KindHasRole(kind, role))
            {
                continue;
            }

            _problems.Error(ProblemCodes.EscalationTargetUnknown, At($"{path}.escalateTo"), T(
                $"Khi quá thời hạn lấy ý kiến, \"{fork.Id}\" báo vai trò \"{role}\" của đơn vị xin ý kiến (bước \"{asking.Id}\", loại \"{kind}\"), nhưng loại đơn vị này không có vai trò đó. Vai trò có: {string.Join(", ", _organisation.RolesOf(kind))}.",
                $"When the consultation's deadline passes, \"{fork.Id}\" tells the role \"{role}\" at the asking unit (step \"{asking.Id}\", kind \"{kind}\"), but that unit kind has no such role. Its roles: {string.Join(", ", _organisation.RolesOf(kind))}."));
        }
    }

    /// <summary>The task steps whose completion opens the fork: an outcome leads there, directly or through decision steps.</summary>
    private IEnumerable<StepDefinition> AskingTasks(StepDefinition fork)
    {
        var leadsToFork = new HashSet<string>(StringComparer.Ordinal) { fork.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var decision in _definition.Process.Steps.Where(s => s.Kind == StepKind.Decision && !leadsToFork.Contains(s.Id)))
            {
                if (decision.Targets().Any(leadsToFork.Contains))
                {
                    grew = leadsToFork.Add(decision.Id);
                }
            }
        }

        return _definition.Process.Steps.Where(s => s.Kind == StepKind.Task && s.Outcomes.Any(o => leadsToFork.Contains(o.To)));
    }

    private static string JsonWord(ConsultationDeadlineEffect effect) => effect switch
    {
        ConsultationDeadlineEffect.AssumeAgreement => "assume-agreement",
        ConsultationDeadlineEffect.Escalate => "escalate",
        _ => "keep-waiting",
    };

    private void CheckAssignee(StepDefinition step, string path)
    {
        if (step.Assignee is not { } assignee || _organisation is null)
        {
            return;
        }

        if (!_organisation.HasKind(assignee.UnitKind))
        {
            _problems.Error(ProblemCodes.UnknownUnitKind, At($"{path}.assignee.unitKind"), T(
                $"Loại đơn vị \"{assignee.UnitKind}\" không có trong cơ cấu tổ chức. Dùng một loại đã khai báo trong procedures/organisation.",
                $"The unit kind \"{assignee.UnitKind}\" is not in the organisation. Use a kind declared in procedures/organisation."));
        }
        else if (!_organisation.KindHasRole(assignee.UnitKind, assignee.Role))
        {
            var roles = string.Join(", ", _organisation.RolesOf(assignee.UnitKind));
            _problems.Error(ProblemCodes.RoleNotInKind, At($"{path}.assignee.role"), T(
                $"Không đơn vị loại \"{assignee.UnitKind}\" nào có vai trò \"{assignee.Role}\". Vai trò có ở loại này: {roles}.",
                $"No unit of kind \"{assignee.UnitKind}\" has the role \"{assignee.Role}\". Roles of that kind: {roles}."));
        }

        if (assignee.Unit is { } unit && !_organisation.HasUnit(unit))
        {
            _problems.Error(ProblemCodes.UnknownUnit, At($"{path}.assignee.unit"), T(
                $"Đơn vị \"{unit}\" không có trong cơ cấu tổ chức.",
                $"The unit \"{unit}\" is not in the organisation."));
        }
        else if (assignee.Unit is { } fixedUnit && _definition.EffectiveFrom is { } effective
            && _organisation.StandingOn(fixedUnit, effective) is { IsInForce: false, Record: not null } standing)
        {
            ReportFixedUnitNotInForce(step, $"{path}.assignee.unit", fixedUnit, standing, effective);
        }
        else if (assignee.Unit is { } endingUnit && _organisation.EndOf(endingUnit) is { } end)
        {
            ReportFixedUnitEnds(step, $"{path}.assignee.unit", endingUnit, end);
        }
    }

    /// <summary>A step names a unit that is merged or abolished (WF091): its open tasks go to the successor, but the analyst should name the successor in a new version.</summary>
    private void ReportFixedUnitEnds(StepDefinition step, string path, string unitId, DateOnly end)
    {
        var day = end.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var successors = _organisation!.SuccessorsOf(unitId);
        var then = successors.Count == 0 ? "" : string.Join(", ", successors);
        _problems.Warning(ProblemCodes.FixedUnitEnds, At(path), T(
            $"Bước \"{step.Id}\" giao cho đơn vị {unitId}, đơn vị này thôi hoạt động từ ngày {day}" + (then.Length > 0 ? $" (kế thừa: {then})" : "") + ". Từ ngày đó công việc chuyển sang đơn vị kế thừa; tạo phiên bản mới của thủ tục giao cho đơn vị đang hoạt động.",
            $"The step \"{step.Id}\" is assigned to {unitId}, which ends on {end:yyyy-MM-dd}" + (then.Length > 0 ? $" (successor: {then})" : "") + ". From then its work goes to the successor; make a new version of the procedure that names a unit in force."));
    }

    /// <summary>The fields a file step passes on are the parent's own (whether the child has them is checked with all procedures loaded, WF087).</summary>
    private void CheckPassedFieldsExist(StepDefinition step, string path)
    {
        for (var i = 0; i < step.Pass.Count; i++)
        {
            if (_definition.Data.All(d => d.Id != step.Pass[i]))
            {
                _problems.Error(ProblemCodes.LinkedFieldUnknown, At($"{path}.pass[{i}]"), T(
                    $"Bước \"{step.Id}\" chuyển trường dữ liệu \"{step.Pass[i]}\" sang hồ sơ liên thông, nhưng thủ tục này không có trường đó. Các trường: {string.Join(", ", _definition.Data.Select(d => d.Id))}.",
                    $"The step \"{step.Id}\" passes the data field \"{step.Pass[i]}\" to the linked dossier, but this procedure has no such field. Fields: {string.Join(", ", _definition.Data.Select(d => d.Id))}."));
            }
        }

        if (step.Receiver is { } receiver && _organisation is not null)
        {
            if (!_organisation.HasKind(receiver.UnitKind))
            {
                _problems.Error(ProblemCodes.UnknownUnitKind, At($"{path}.receiver.unitKind"), T(
                    $"Loại đơn vị \"{receiver.UnitKind}\" không có trong cơ cấu tổ chức. Dùng một loại đã khai báo trong procedures/organisation.",
                    $"The unit kind \"{receiver.UnitKind}\" is not in the organisation. Use a kind declared in procedures/organisation."));
            }

            if (receiver.Unit is { } unit && !_organisation.HasUnit(unit))
            {
                _problems.Error(ProblemCodes.UnknownUnit, At($"{path}.receiver.unit"), T(
                    $"Đơn vị \"{unit}\" không có trong cơ cấu tổ chức.",
                    $"The unit \"{unit}\" is not in the organisation."));
            }
        }
    }

    private void ReportFixedUnitNotInForce(StepDefinition step, string path, string unitId, UnitStanding standing, DateOnly effective)
    {
        static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var from = Day(effective);
        var name = standing.Record!.Name;
        switch (standing.Kind)
        {
            case UnitStandingKind.NotYetStarted:
            {
                var start = Day(standing.Resumes!.ValidFrom);
                _problems.Error(ProblemCodes.UnitNotInForce, At(path), T(
                    $"Bước \"{step.Id}\" giao cho đơn vị \"{unitId}\" ({name}), nhưng đơn vị này chỉ hoạt động từ {start}, sau ngày phiên bản có hiệu lực {from}. Đặt \"effectiveFrom\" từ {start} trở đi, hoặc giao cho đơn vị khác.",
                    $"The step \"{step.Id}\" is fixed to the unit \"{unitId}\" ({name}), which only exists from {start}, after this version takes effect on {from}. Set \"effectiveFrom\" on or after {start}, or use another unit."));
                return;
            }

            case UnitStandingKind.BetweenRecords:
            {
                var end = Day(standing.Record.ValidTo!.Value);
                var resumes = Day(standing.Resumes!.ValidFrom);
                _problems.Error(ProblemCodes.UnitNotInForce, At(path), T(
                    $"Bước \"{step.Id}\" giao cho đơn vị \"{unitId}\" ({name}), nhưng đơn vị này không hoạt động từ {end} đến trước {resumes}, khoảng thời gian có ngày phiên bản có hiệu lực {from}. Đặt \"effectiveFrom\" từ {resumes} trở đi, hoặc giao cho đơn vị khác.",
                    $"The step \"{step.Id}\" is fixed to the unit \"{unitId}\" ({name}), which is not in force from {end} until {resumes}, a gap that holds the day this version takes effect, {from}. Set \"effectiveFrom\" on or after {resumes}, or use another unit."));
                return;
            }
        }

        var ended = Day(standing.Record.ValidTo!.Value);
        var successors = string.Join(", ", standing.Successors.Select(s => $"\"{s.Id}\""));
        _problems.Error(ProblemCodes.UnitNotInForce, At(path), standing.Successors.Count > 0
            ? T($"Bước \"{step.Id}\" giao cho đơn vị \"{unitId}\" ({name}), nhưng đơn vị này không còn hoạt động từ {ended}, trước ngày phiên bản có hiệu lực {from}. Giao cho đơn vị kế thừa {successors}, hoặc bỏ \"unit\" để giao theo loại đơn vị.",
                $"The step \"{step.Id}\" is fixed to the unit \"{unitId}\" ({name}), which is no longer in force from {ended}, before this version takes effect on {from}. Use its successor {successors}, or remove \"unit\" so the step goes by unit kind.")
            : T($"Bước \"{step.Id}\" giao cho đơn vị \"{unitId}\" ({name}), nhưng đơn vị này không còn hoạt động từ {ended}, trước ngày phiên bản có hiệu lực {from}, và không có đơn vị kế thừa nào còn hoạt động vào ngày đó. Bỏ \"unit\" để giao theo loại đơn vị, hoặc giao cho một đơn vị đang hoạt động.",
                $"The step \"{step.Id}\" is fixed to the unit \"{unitId}\" ({name}), which is no longer in force from {ended}, before this version takes effect on {from}, and no successor in force on that day took it over. Remove \"unit\" so the step goes by unit kind, or use a unit in force."));
    }

    private void CheckOutcomeTarget(OutcomeDefinition outcome, string path)
    {
        var target = _definition.Process.Find(outcome.To);
        if (target is null)
        {
            return;
        }

        if (outcome.Kind == OutcomeKind.Consult && target.Kind != StepKind.Parallel)
        {
            _problems.Error(ProblemCodes.InvalidValue, At($"{path}.to"), T(
                $"Kết quả \"{outcome.Id}\" là xin ý kiến (consult) nên phải dẫn tới một bước song song (parallel); \"{target.Id}\" là bước {Kind(target.Kind)}.",
                $"The outcome \"{outcome.Id}\" consults, so it must lead to a parallel step; \"{target.Id}\" is a {Kind(target.Kind)} step."));
        }

        if (outcome.Kind == OutcomeKind.Supplement && target.Kind is not (StepKind.Task or StepKind.Wait))
        {
            _problems.Error(ProblemCodes.InvalidValue, At($"{path}.to"), T(
                $"Kết quả \"{outcome.Id}\" yêu cầu bổ sung: \"to\" là bước xử lý tiếp khi công dân đã bổ sung, phải là bước task hoặc wait.",
                $"The outcome \"{outcome.Id}\" requests a supplement: \"to\" is where processing resumes once it arrives and must be a task or wait step."));
        }
    }

    private void CheckReference(string target, string path, StepDefinition from)
    {
        if (_definition.Process.Find(target) is not null)
        {
            return;
        }

        var known = string.Join(", ", _definition.Process.Steps.Select(s => s.Id));
        _problems.Error(ProblemCodes.UnknownStep, At(path), T(
            $"Bước \"{from.Id}\" dẫn tới bước \"{target}\" nhưng quy trình không có bước này. Các bước có: {known}.",
            $"The step \"{from.Id}\" leads to \"{target}\", which is not a step of this process. Steps: {known}."));
    }

    private void CheckStart()
    {
        if (_definition.Process.Find(_definition.Process.Start) is null)
        {
            _problems.Error(ProblemCodes.UnknownStep, At("process.start"), T(
                $"Bước bắt đầu \"{_definition.Process.Start}\" không có trong danh sách bước.",
                $"The start step \"{_definition.Process.Start}\" is not one of the steps."));
        }
    }

    private void CheckReachability(ProcessGraph graph)
    {
        if (graph.Step(_definition.Process.Start) is null)
        {
            return;
        }

        var reachable = graph.ReachableFrom(_definition.Process.Start);
        var canEnd = graph.StepsThatCanEnd();
        var steps = _definition.Process.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (!reachable.Contains(step.Id))
            {
                _problems.Error(ProblemCodes.UnreachableStep, At($"process.steps[{i}]"), T(
                    $"Không đường nào từ bước bắt đầu dẫn tới bước \"{step.Id}\". Nối nó vào quy trình hoặc xoá nó.",
                    $"No path from the start leads to the step \"{step.Id}\". Connect it or remove it."));
            }
            else if (!canEnd.Contains(step.Id))
            {
                _problems.Error(ProblemCodes.NeverEnds, At($"process.steps[{i}]"), T(
                    $"Từ bước \"{step.Id}\" không đường nào dẫn tới một bước kết thúc (end); hồ sơ đến đây sẽ không bao giờ xong.",
                    $"From the step \"{step.Id}\" no path leads to an end step; a dossier that gets here can never finish."));
            }
        }
    }

    private void CheckForks(ProcessGraph graph, bool brokenLinks)
    {
        var steps = _definition.Process.Steps;
        var joinOwners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var fork = steps[i];
            if (fork.Kind != StepKind.Parallel || fork.Join is null || graph.Step(fork.Join) is not { } join)
            {
                continue;
            }

            joinOwners.TryAdd(join.Id, []);
            joinOwners[join.Id].Add(fork.Id);
            if (join.Kind != StepKind.Join)
            {
                _problems.Error(ProblemCodes.ForkWithoutJoin, At($"process.steps[{i}].join"), T(
                    $"Bước song song \"{fork.Id}\" hợp nhất tại \"{join.Id}\", nhưng đó là bước {Kind(join.Kind)}, không phải bước join.",
                    $"The parallel step \"{fork.Id}\" joins at \"{join.Id}\", which is a {Kind(join.Kind)} step, not a join."));
                continue;
            }

            for (var b = 0; b < fork.Branches.Count && !brokenLinks; b++)
            {
                var branch = fork.Branches[b];
                if (graph.Step(branch) is not null && !graph.ReachableFrom(branch).Contains(join.Id))
                {
                    _problems.Error(ProblemCodes.ForkWithoutJoin, At($"process.steps[{i}].branches[{b}]"), T(
                        $"Nhánh \"{branch}\" của bước song song \"{fork.Id}\" không bao giờ tới bước hợp nhất \"{join.Id}\".",
                        $"The branch \"{branch}\" of the parallel step \"{fork.Id}\" never reaches its join \"{join.Id}\"."));
                }
            }

            if (join.Mode == JoinMode.Count && join.Count is { } count && (count < 1 || count > fork.Branches.Count))
            {
                var joinIndex = steps.ToList().FindIndex(s => s.Id == join.Id);
                _problems.Error(ProblemCodes.BadJoinCount, At($"process.steps[{joinIndex}].count"), T(
                    $"Bước hợp nhất \"{join.Id}\" chờ {count} nhánh nhưng bước \"{fork.Id}\" chỉ mở {fork.Branches.Count} nhánh.",
                    $"The join \"{join.Id}\" waits for {count} branches but \"{fork.Id}\" opens only {fork.Branches.Count}."));
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var join = steps[i];
            if (join.Kind != StepKind.Join)
            {
                continue;
            }

            if (!joinOwners.TryGetValue(join.Id, out var owners))
            {
                if (brokenLinks)
                {
                    // Its fork may be the one whose "join" is misspelt.
                    continue;
                }

                _problems.Error(ProblemCodes.JoinWithoutFork, At($"process.steps[{i}]"), T(
                    $"Bước hợp nhất \"{join.Id}\" không thuộc bước song song nào. Ghi \"join\": \"{join.Id}\" ở bước parallel mở các nhánh.",
                    $"The join \"{join.Id}\" belongs to no parallel step. Write \"join\": \"{join.Id}\" on the parallel step that opens the branches."));
            }
            else if (owners.Count > 1)
            {
                _problems.Error(ProblemCodes.JoinWithoutFork, At($"process.steps[{i}]"), T(
                    $"Bước hợp nhất \"{join.Id}\" được dùng bởi nhiều bước song song ({string.Join(", ", owners)}); mỗi bước song song cần bước hợp nhất riêng.",
                    $"The join \"{join.Id}\" is used by several parallel steps ({string.Join(", ", owners)}); each needs its own join."));
            }
        }
    }

    /// <summary>
    /// The steps must be done within the statutory time for a dossier received at any time, planned
    /// as the simulation plans it: <see cref="StatutoryTimeCheck"/> finds the receipt that overruns
    /// most over a year of the version's calendar, and the message names it. A same-day procedure
    /// that fits a receipt at the opening but not one later in the day, up to its cut-off, is warned
    /// (WF041) rather than refused, as it always was: the published same-day samples give their steps
    /// a working day in all, and the office serves a late receipt at once.
    /// </summary>
    private void CheckStatutoryTime()
    {
        var fit = new StatutoryTimeCheck(_calendar, _convention).Check(_definition);
        if (fit is null || fit.Fits)
        {
            return;
        }

        var statutory = DurationText.Of(fit.StatutoryTime, _culture);
        var sentence = StatutoryTimeFitText.Sentence(fit, _calendar.WorkingHours.Default.StandardDayLength, _culture);
        var route = StatutoryTimeFitText.Route(fit, _definition, _culture);
        if (fit.StatutoryTime.Unit == DurationUnit.SameDay && fit.FitsAtOpening)
        {
            var periods = _calendar.WorkingHours.Default.StandardDay;
            var cutoff = fit.StatutoryTime.Cutoff ?? Duration.DefaultSameDayCutoff;
            var available = FormatHours((decimal)periods.Sum(p => p.End > cutoff ? (p.End - (p.Start > cutoff ? p.Start : cutoff)).TotalHours : 0d));
            var cut = cutoff.ToString("HH:mm", CultureInfo.InvariantCulture);
            var close = periods[^1].End.ToString("HH:mm", CultureInfo.InvariantCulture);
            _problems.Warning(ProblemCodes.SameDayStepsPastCutoff, At("statutoryTime"), T(
                $"Thủ tục giải quyết trong ngày không kịp khi nhận muộn trong ngày. {sentence} Đường xử lý muộn nhất: {route}. Nhận lúc {cut} (giờ chốt) chỉ còn {available} giờ làm việc đến {close}: rút ngắn các bước xuống tổng cộng không quá {available} giờ, hoặc đặt giờ chốt sớm hơn.",
                $"The same-day procedure is late for dossiers received later in the day. {sentence} The route that finishes last: {route}. Received at the {cut} cut-off, only {available} working hours are left until {close}: shorten the steps to {available} hours in all, or set an earlier cut-off."));
            return;
        }

        var hint = StartsWholeDayMidDay(fit) ? T(
            " Một bước tính bằng ngày làm việc tròn mà bắt đầu giữa ngày thì chỉ được tính từ ngày hôm sau: ghi thời gian của nó bằng giờ làm việc (ví dụ 8 giờ thay cho 1 ngày).",
            " A step of whole working days that starts in the middle of a day only counts from the next day: give its time in working hours (e.g. 8 hours instead of 1 day).") : "";
        _problems.Error(ProblemCodes.DurationsExceedStatutoryTime, At("statutoryTime"), T(
            $"Các bước không kịp thời hạn giải quyết {statutory}. {sentence} Đường xử lý muộn nhất: {route}. Rút ngắn các bước.{hint}",
            $"The steps do not fit the statutory time of {statutory}. {sentence} The route that finishes last: {route}. Shorten the steps.{hint}"));
    }

    // Under the Civil Code, a whole-day step after one counted in working time starts mid-day and loses the rest of that day.
    private bool StartsWholeDayMidDay(StatutoryTimeFit fit)
    {
        var clock = new ProcessClock(new DeadlineCalculator(_calendar), _definition.StatutoryTime.Convention ?? _convention);
        var inWorkingTime = false;
        foreach (var duration in fit.Route.Select(_definition.Process.Find).Select(s => s is { Kind: StepKind.Task } ? s.Duration?.ToDuration() : null).OfType<Duration>())
        {
            if (clock.CountsInWorkingTime(duration))
            {
                inWorkingTime = true;
            }
            else if (inWorkingTime && duration.Unit == DurationUnit.WorkingDays)
            {
                return true;
            }
        }

        return false;
    }

    private static string FormatHours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    // A consultation deadline is compared with the statutory time and its branches' durations as
    // working time, a working day taken as the state's eight hours (the calendar's own check is WF040/WF041's).
    private const decimal HoursPerWorkingDay = 8m;

    private static decimal ToHours(decimal value, DurationUnit unit) => unit switch
    {
        DurationUnit.WorkingHours => value,
        DurationUnit.SameDay => HoursPerWorkingDay,
        _ => value * HoursPerWorkingDay,
    };

    private static string FormatDays(decimal hours) => (hours / HoursPerWorkingDay).ToString("0.##", CultureInfo.InvariantCulture);

    private string Kind(StepKind kind) => kind switch
    {
        StepKind.Task => T("công việc (task)", "task"),
        StepKind.Parallel => T("song song (parallel)", "parallel"),
        StepKind.Join => T("hợp nhất (join)", "join"),
        StepKind.Decision => T("rẽ nhánh (decision)", "decision"),
        StepKind.Wait => T("chờ công dân (wait)", "wait"),
        StepKind.File => T("lập hồ sơ liên thông (file)", "file"),
        _ => T("kết thúc (end)", "end"),
    };
}
