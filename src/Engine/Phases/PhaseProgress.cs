using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Phases;

/// <summary>
/// The time a dossier actually spent in one phase, read from its journal: from the first entry of a
/// step of the phase to the entry that took the dossier on to a step outside it (or now, while the
/// phase runs), counted as its budget counts, against the budget counted from the phase's start.
/// </summary>
/// <param name="Spent">Working time (elapsed time for a budget in calendar days) the phase took, or has taken so far.</param>
/// <param name="BudgetDue">When the phase's budget ran or runs out; null before it starts.</param>
/// <param name="OverBudget">Whether the phase ended after <paramref name="BudgetDue"/>, or is still running past it.</param>
public sealed record PhaseProgress(
    ProcessPhase Phase,
    Duration Budget,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    TimeSpan Spent,
    DateTimeOffset? BudgetDue,
    bool OverBudget)
{
    public bool Started => StartedAt is not null;

    public bool Running => StartedAt is not null && EndedAt is null;

    public bool IsCitizens => Phase.BorneBy == PhaseBearer.Citizen;
}
