using System.Globalization;
using System.Text;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Phases;

namespace Workflow.Cli.Formatting;

/// <summary>The process's phases (giai đoạn) as <c>workflow show</c> and <c>workflow simulate</c> print them.</summary>
public static class PhaseOutline
{
    /// <summary>Each phase with who bears its time, its budget and its steps; the agencies' budgets added up against the statutory time.</summary>
    public static string Render(ProcedureDefinition d, CultureInfo culture)
    {
        string T(string vi, string en) => Text.Pick(culture, vi, en);
        var phases = d.Process.Phases;
        if (phases.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.AppendLine($"  {T("Giai đoạn", "Phases")}:");
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            text.AppendLine($"    {i + 1}. {phase.Id} — {phase.Name} [{Bearer(phase, culture)}, {DurationText.Of(phase.Budget.ToDuration(), culture)}]: {string.Join(", ", phase.Steps)}");
        }

        if (AgencyTime.Total([.. phases.Where(p => p.BorneBy == PhaseBearer.Agency).Select(p => p.Budget.ToDuration())]) is { } sum)
        {
            var total = DurationText.Of(sum, culture);
            text.AppendLine($"    {T("Thời gian của cơ quan", "The agencies' time")}: {total} / {T("thời hạn giải quyết", "statutory time")} {DurationText.Of(d.StatutoryTime.ToDuration(), culture)}");
        }

        return text.ToString();
    }

    /// <summary>Per phase of a simulated dossier: its budget, the time planned on the main path and the worst case over every route, each against the budget.</summary>
    public static string Render(IReadOnlyList<PhasePlan> plans, TimeSpan standardDay, CultureInfo culture)
    {
        string T(string vi, string en) => Text.Pick(culture, vi, en);
        if (plans.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.AppendLine(T("Thời gian từng giai đoạn:", "Time per phase:"));
        foreach (var plan in plans)
        {
            var budget = DurationText.Of(plan.Budget, culture);
            text.AppendLine($"  {plan.Phase.Id} — {plan.Phase.Name}");
            if (plan.IsCitizens)
            {
                text.AppendLine(T($"    thời gian của công dân: {budget}, không tính vào thời hạn giải quyết", $"    the citizen's time: {budget}, not counted in the statutory time"));
                continue;
            }

            if (plan.Start is not { } start)
            {
                text.AppendLine(T($"    thời gian {budget}; hồ sơ này không qua giai đoạn này", $"    budget {budget}; this dossier does not pass through it"));
                continue;
            }

            var planned = PhaseTimeText.Of(plan.PlannedTime, plan.Budget, standardDay, culture);
            var worst = PhaseTimeText.Of(plan.WorstTime, plan.Budget, standardDay, culture);
            var due = plan.BudgetDue is { } at ? VietnamTime.Format(at) : "—";
            text.AppendLine(T(
                $"    thời gian {budget} (từ {VietnamTime.Format(start)}, hạn giai đoạn {due}); dự kiến {planned} — {Fit(plan.FitsBudget, culture)}; lâu nhất {worst} — {Fit(plan.WorstFitsBudget, culture)}",
                $"    budget {budget} (from {VietnamTime.Format(start)}, phase due {due}); planned {planned} — {Fit(plan.FitsBudget, culture)}; worst case {worst} — {Fit(plan.WorstFitsBudget, culture)}"));
        }

        return text.ToString();
    }

    private static string Fit(bool fits, CultureInfo culture) => fits ? Text.Pick(culture, "kịp", "fits") : Text.Pick(culture, "VƯỢT", "OVER");

    private static string Bearer(ProcessPhase phase, CultureInfo culture) => phase.BorneBy == PhaseBearer.Citizen
        ? Text.Pick(culture, "công dân, không tính vào thời hạn", "citizen, not counted")
        : Text.Pick(culture, "cơ quan", "agency");
}
