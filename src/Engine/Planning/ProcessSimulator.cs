using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Expressions;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Planning;

/// <summary>
/// Plans a dossier received at a given instant: follows the main path (each task's first
/// approving outcome; decisions on the given data, else their "otherwise"), runs parallel
/// branches side by side and joins them as the join says, and gives each step its due instant
/// on the working calendar (<see cref="ProcessClock"/>, the arithmetic the statutory-time check
/// counts with too). Used by <c>workflow simulate</c> and the designer.
/// </summary>
public sealed class ProcessSimulator(DeadlineCalculator calculator, OrganisationModel? organisation, DeadlineConvention defaultConvention = DeadlineConvention.CivilCode)
{
    private const int MaxSteps = 500;

    public ProcessPlan Plan(ProcedureDefinition definition, DateTimeOffset received, string? receivingUnitId = null, IReadOnlyDictionary<string, object?>? data = null)
    {
        data ??= new Dictionary<string, object?>();
        var clock = ProcessClock.For(calculator, definition, defaultConvention);
        var statutory = clock.Statutory(received, StatutoryDuration(definition, data), receivingUnitId);
        var steps = new List<PlannedStep>();
        var visited = 0;

        DateTimeOffset Walk(string? stepId, DateTimeOffset at, string? stopAtJoin)
        {
            while (true)
            {
                if (++visited > MaxSteps || stepId is null || definition.Process.Find(stepId) is not { } step || step.Id == stopAtJoin)
                {
                    return at;
                }

                switch (step.Kind)
                {
                    case StepKind.Task:
                        var task = step.AsTask();
                        var unitId = ResolveUnit(task, receivingUnitId, received);
                        var due = clock.StepDue(step, at, unitId);
                        steps.Add(new PlannedStep(step.Id, step.Name, task.Assignee.Role, task.Assignee.UnitKind, unitId, task.Duration.ToDuration(), at, due, null));
                        at = due;
                        var next = step.Outcomes.FirstOrDefault(o => o.Kind is OutcomeKind.Approve or OutcomeKind.Forward) ?? step.Outcomes[0];
                        stepId = next.To;
                        break;
                    case StepKind.Decision:
                        stepId = step.Rules.FirstOrDefault(r => ExpressionLanguage.ConditionHoldsOrFalse(r.When, data))?.To ?? step.Otherwise;
                        break;
                    case StepKind.Parallel:
                        var join = definition.Process.Find(step.AsParallel().Join) ?? throw new InvalidStepException(step, $"joins at \"{step.Join}\", which is not a step");
                        var finishes = step.Branches.Select(b => Walk(b, at, join.Id)).Order().ToList();
                        var needed = join.Mode switch { JoinMode.All => finishes.Count, JoinMode.Any => 1, _ => Math.Min(join.Count ?? finishes.Count, finishes.Count) };
                        // Silence taken as agreement ends the consultation at its deadline if the answers come later.
                        DateTimeOffset? deadline = step.Deadline is { } spec ? clock.Calculator.Calculate(at, spec.ToDuration(), clock.Convention, receivingUnitId).Due : null;
                        at = step.OnDeadline == ConsultationDeadlineEffect.AssumeAgreement && deadline < finishes[needed - 1] ? deadline.Value : finishes[needed - 1];
                        steps.Add(new PlannedStep(join.Id, join.Name, null, null, null, null, at, at, $"{needed}/{finishes.Count}", deadline));
                        stepId = join.Next;
                        break;
                    case StepKind.Wait:
                        // The plan assumes the citizen answers at once; their own deadline is shown for what it would be.
                        DateTimeOffset? citizenDue = step is { Duration: { } citizenTime, OnExpiry: not null }
                            ? clock.Calculator.Calculate(at, citizenTime.ToDuration(), clock.Convention, receivingUnitId).Due
                            : null;
                        steps.Add(new PlannedStep(step.Id, step.Name, null, null, null, null, at, at, step.Clock is ClockEffect.Pause or ClockEffect.Restart ? "clock-stopped" : "clock-runs",
                            CitizenDeadline: citizenDue));
                        stepId = step.Next;
                        break;
                    case StepKind.Join:
                        stepId = step.Next;
                        break;
                    case StepKind.File:
                        // The linked dossier keeps its own statutory time; the parent's clock stands still while it waits.
                        steps.Add(new PlannedStep(step.Id, step.Name, null, step.Receiver?.UnitKind, null, null, at, at, $"linked:{step.Procedure}"));
                        stepId = step.Next;
                        break;
                    default:
                        return at;
                }
            }
        }

        Walk(definition.Process.Start, received, null);
        return new ProcessPlan(received, statutory.Due, statutory.Explanation, steps);
    }

    private string? ResolveUnit(TaskStep step, string? receivingUnitId, DateTimeOffset received)
    {
        if (step.Assignee.Unit is { } fixedUnit)
        {
            return fixedUnit;
        }

        if (organisation is null || receivingUnitId is null)
        {
            return null;
        }

        var resolution = new UnitResolver(organisation).Resolve(step.Assignee.UnitKind, receivingUnitId, Calendars.VietnamTime.LocalDate(received));
        return resolution.IsResolved ? resolution.Unit!.Id : null;
    }

    private static Duration StatutoryDuration(ProcedureDefinition definition, IReadOnlyDictionary<string, object?> data)
    {
        foreach (var alternative in definition.StatutoryTime.Alternatives)
        {
            if (ExpressionLanguage.ConditionHoldsOrFalse(alternative.When, data))
            {
                return new Duration(alternative.Value, alternative.Unit);
            }
        }

        return definition.StatutoryTime.ToDuration();
    }
}
