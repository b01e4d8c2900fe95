using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Planning;

namespace Workflow.Engine.Phases;

/// <summary>
/// Time per phase of a planned dossier, with the arithmetic of every other plan
/// (<see cref="ProcessClock"/>): the main path of a <see cref="ProcessPlan"/>, and the latest route
/// over every outcome, rule and branch (<see cref="LatestRoutePlanner"/>, as the statutory-time
/// check plans it). Used by <c>workflow simulate</c>, the designer and the validator's WF084.
/// </summary>
public sealed class PhasePlanner(DeadlineCalculator calculator, DeadlineConvention defaultConvention = DeadlineConvention.CivilCode)
{
    public IReadOnlyList<PhasePlan> Plan(ProcedureDefinition definition, ProcessPlan plan, string? unitId = null)
    {
        var phases = definition.Process.Phases;
        if (phases.Count == 0)
        {
            return [];
        }

        var clock = ProcessClock.For(calculator, definition, defaultConvention);
        var planner = new LatestRoutePlanner(definition.Process);
        var latest = planner.HasStart
            ? planner.PlanEachStep(plan.Received, (step, start) => StatutoryTimeCheck.StepDue(clock, step, start))
            : new Dictionary<string, (DateTimeOffset Start, DateTimeOffset Finish)>();
        return phases.Select(phase => PlanOne(phase, clock, plan, latest, unitId)).ToList();
    }

    private PhasePlan PlanOne(ProcessPhase phase, ProcessClock clock, ProcessPlan plan, IReadOnlyDictionary<string, (DateTimeOffset Start, DateTimeOffset Finish)> latest, string? unitId)
    {
        var budget = phase.Budget.ToDuration();
        var members = phase.Steps.ToHashSet(StringComparer.Ordinal);
        var onPath = plan.Steps.Where(s => members.Contains(s.StepId)).ToList();
        var worst = phase.Steps.Where(latest.ContainsKey).Select(id => latest[id]).ToList();

        DateTimeOffset? start = onPath.Count == 0 ? null : onPath.Min(s => s.Start);
        DateTimeOffset? finish = onPath.Count == 0 ? null : onPath.Max(s => s.Due);
        DateTimeOffset? worstStart = worst.Count == 0 ? null : worst.Min(s => s.Start);
        DateTimeOffset? worstFinish = worst.Count == 0 ? null : worst.Max(s => s.Finish);
        return new PhasePlan(
            phase,
            budget,
            start,
            finish,
            Between(start, finish, budget, unitId),
            Due(clock, start, budget, unitId),
            worstFinish,
            Between(worstStart, worstFinish, budget, unitId),
            Due(clock, worstStart, budget, unitId));
    }

    /// <summary>Time a phase took from <paramref name="from"/> to <paramref name="to"/>, counted the way its budget counts.</summary>
    public TimeSpan Between(DateTimeOffset? from, DateTimeOffset? to, Duration budget, string? unitId = null)
    {
        if (from is not { } start || to is not { } end || end <= start)
        {
            return TimeSpan.Zero;
        }

        return budget.Unit == DurationUnit.CalendarDays ? end - start : calculator.WorkingTimeBetween(start, end, unitId);
    }

    // A budget the calculator refuses is reported by the schema; here the phase has no due instant.
    private static DateTimeOffset? Due(ProcessClock clock, DateTimeOffset? start, Duration budget, string? unitId)
    {
        if (start is not { } from)
        {
            return null;
        }

        try
        {
            return clock.Calculator.Due(from, budget, clock.Convention, unitId);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
