using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Phases;

/// <summary>
/// One phase of a planned dossier: its budget, when its steps start and finish on the main path
/// (the time planned), and the latest its steps finish over every route (the worst case), each
/// against the budget counted from the phase's start. Null instants: no route reaches the phase.
/// </summary>
/// <param name="PlannedTime">Working time (elapsed time for a budget in calendar days) from the phase's start to its last step's due instant on the main path.</param>
/// <param name="WorstTime">The same over every route (each outcome, rule and branch; no loops).</param>
public sealed record PhasePlan(
    ProcessPhase Phase,
    Duration Budget,
    DateTimeOffset? Start,
    DateTimeOffset? PlannedFinish,
    TimeSpan PlannedTime,
    DateTimeOffset? BudgetDue,
    DateTimeOffset? WorstFinish,
    TimeSpan WorstTime,
    DateTimeOffset? WorstBudgetDue)
{
    public bool IsCitizens => Phase.BorneBy == PhaseBearer.Citizen;

    public bool FitsBudget => PlannedFinish is null || BudgetDue is null || PlannedFinish <= BudgetDue;

    public bool WorstFitsBudget => WorstFinish is null || WorstBudgetDue is null || WorstFinish <= WorstBudgetDue;
}
