using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;
using Workflow.Engine.Phases;
using Workflow.Engine.Planning;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// Checks the process's phases (giai đoạn): each names known steps (WF080), a step is in one phase
/// at most (WF081), a phase has steps (WF083), the agencies' budgets add up to no more than the
/// statutory time (WF082), and an agency phase's steps fit its budget on the latest route (WF084, a warning).
/// </summary>
internal sealed class PhaseChecks(ProcedureDefinition definition, JToken json, ProblemList problems, WorkingCalendar calendar, DeadlineConvention convention, CultureInfo? culture)
{
    // Budgets are added up as working time, a working day taken as the state's eight hours, as consultation deadlines are (WF073).
    private IReadOnlyList<ProcessPhase> Phases => definition.Process.Phases;

    public void Run()
    {
        if (Phases.Count == 0)
        {
            return;
        }

        CheckMembers();
        CheckAgencyBudgets();
        if (!problems.Items.Any(p => p.Code is ProblemCodes.UnknownStep or ProblemCodes.UnknownStepInPhase))
        {
            CheckStepsFitBudgets();
        }
    }

    private string T(string vi, string en) => Text.Pick(culture, vi, en);

    private JToken? At(string path) => json.SelectToken(path) ?? json;

    private static string Path(int phase) => $"process.phases[{phase}]";

    private string Budget(ProcessPhase phase) => DurationText.Of(phase.Budget.ToDuration(), culture);

    private void CheckMembers()
    {
        var owner = new Dictionary<string, ProcessPhase>(StringComparer.Ordinal);
        var known = string.Join(", ", definition.Process.Steps.Select(s => s.Id));
        for (var p = 0; p < Phases.Count; p++)
        {
            var phase = Phases[p];
            if (phase.Steps.Count == 0)
            {
                problems.Error(ProblemCodes.PhaseWithoutSteps, At($"{Path(p)}.steps"), T(
                    $"Giai đoạn \"{phase.Name}\" ({phase.Id}) chưa có bước nào. Ghi mã các bước thuộc giai đoạn vào \"steps\", hoặc xoá giai đoạn.",
                    $"The phase \"{phase.Name}\" ({phase.Id}) has no steps. List the ids of its steps in \"steps\", or remove the phase."));
            }

            for (var s = 0; s < phase.Steps.Count; s++)
            {
                var stepId = phase.Steps[s];
                if (definition.Process.Find(stepId) is null)
                {
                    problems.Error(ProblemCodes.UnknownStepInPhase, At($"{Path(p)}.steps[{s}]"), T(
                        $"Giai đoạn \"{phase.Name}\" ({phase.Id}) ghi bước \"{stepId}\" nhưng quy trình không có bước này. Sửa mã bước hoặc bỏ nó khỏi giai đoạn. Các bước có: {known}.",
                        $"The phase \"{phase.Name}\" ({phase.Id}) lists the step \"{stepId}\", which is not a step of this process. Correct the id or remove it from the phase. Steps: {known}."));
                }
                else if (owner.TryGetValue(stepId, out var first) && first != phase)
                {
                    problems.Error(ProblemCodes.StepInTwoPhases, At($"{Path(p)}.steps[{s}]"), T(
                        $"Bước \"{stepId}\" nằm trong cả giai đoạn \"{first.Name}\" ({first.Id}) và giai đoạn \"{phase.Name}\" ({phase.Id}); mỗi bước thuộc nhiều nhất một giai đoạn. Bỏ nó khỏi một trong hai giai đoạn.",
                        $"The step \"{stepId}\" is in both the phase \"{first.Name}\" ({first.Id}) and the phase \"{phase.Name}\" ({phase.Id}); a step belongs to one phase at most. Remove it from one of them."));
                }
                else
                {
                    owner.TryAdd(stepId, phase);
                }
            }
        }
    }

    /// <summary>The agencies' phases share the statutory time between them; the citizen's phases are not counted in it.</summary>
    private void CheckAgencyBudgets()
    {
        var agency = Phases.Where(p => p.BorneBy == PhaseBearer.Agency).ToList();
        var statutory = definition.StatutoryTime;
        var inCalendarDays = statutory.Unit == DurationUnit.CalendarDays;
        if (AgencyTime.Total([.. agency.Select(p => p.Budget.ToDuration())]) is not { } sum || (sum.Unit == DurationUnit.CalendarDays) != inCalendarDays)
        {
            // Calendar days and working time do not add up without a calendar; each phase's own check (WF084) still counts them.
            return;
        }

        var total = AgencyTime.Hours(sum);
        var limit = AgencyTime.Hours(statutory.ToDuration());
        if (total <= limit)
        {
            return;
        }

        var unit = inCalendarDays ? DurationUnit.CalendarDays : DurationUnit.WorkingDays;
        string Days(decimal hours) => DurationText.Of(new Duration(inCalendarDays ? hours : hours / AgencyTime.HoursPerWorkingDay, unit), culture);
        var parts = string.Join("; ", agency.Select(p => $"{p.Name} ({p.Id}): {Budget(p)}"));
        var statutoryText = DurationText.Of(statutory.ToDuration(), culture);
        problems.Error(ProblemCodes.PhaseBudgetsExceedStatutoryTime, At("process.phases"), T(
            $"Thời gian các giai đoạn của cơ quan cộng lại là {Days(total)} ({parts}), vượt thời hạn giải quyết {statutoryText} {Days(total - limit)}. Rút ngắn thời gian của các giai đoạn cho vừa thời hạn; thời gian của công dân (ví dụ nộp nghĩa vụ tài chính) ghi thành giai đoạn \"borneBy\": \"citizen\".",
            $"The agencies' phases add up to {Days(total)} ({parts}), {Days(total - limit)} more than the statutory time of {statutoryText}. Shorten the phases' budgets to fit; the citizen's time (e.g. paying financial obligations) is a phase with \"borneBy\": \"citizen\"."));
    }

    /// <summary>An agency phase whose steps, on the latest route, finish after its budget (counted from its first step) is warned about.</summary>
    private void CheckStepsFitBudgets()
    {
        IReadOnlyList<PhasePlan> plans;
        try
        {
            var clock = new WorkingClock(calendar);
            var day = clock.WorkingDayOnOrAfter(definition.EffectiveFrom ?? new DateOnly(2024, 1, 1));
            var received = VietnamTime.FromLocal(day, calendar.WorkingPeriodsOn(day)[0].Start);
            plans = new PhasePlanner(new DeadlineCalculator(calendar), convention).Plan(definition, new ProcessPlan(received, received, "", []));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return;
        }

        var standardDay = calendar.WorkingHours.Default.StandardDayLength;
        for (var p = 0; p < plans.Count; p++)
        {
            var plan = plans[p];
            if (plan.IsCitizens || plan.WorstFitsBudget)
            {
                continue;
            }

            var worst = PhaseTimeText.Of(plan.WorstTime, plan.Budget, standardDay, culture);
            problems.Warning(ProblemCodes.PhaseStepsExceedBudget, At($"{Path(p)}.budget"), T(
                $"Các bước của giai đoạn \"{plan.Phase.Name}\" ({plan.Phase.Id}) có thể cần tới {worst} (đường xử lý lâu nhất, tính từ bước đầu của giai đoạn), quá thời gian của giai đoạn là {Budget(plan.Phase)}. Rút ngắn các bước hoặc tăng thời gian của giai đoạn.",
                $"The steps of the phase \"{plan.Phase.Name}\" ({plan.Phase.Id}) may take {worst} (the longest route, from the phase's first step), more than its budget of {Budget(plan.Phase)}. Shorten the steps or give the phase more time."));
        }
    }
}
