using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Planning;

namespace Workflow.Engine.Phases;

/// <summary>
/// Reads how long a dossier spent in each phase of its version from its journal (each entry's step
/// and instant), with the planner's arithmetic: the trace page and the control sheet show the same
/// figures. A phase entered again (a rework into it) runs on to the entry that last left it; a supplement
/// requested inside a phase keeps it running.
/// </summary>
public sealed class PhaseProgressReader(DeadlineCalculator calculator, DeadlineConvention defaultConvention = DeadlineConvention.CivilCode)
{
    /// <summary>Entries after which the dossier goes no further: a phase it ended in ends with it.</summary>
    private static readonly IReadOnlySet<string> Endings = new HashSet<string>(StringComparer.Ordinal)
    {
        JournalKinds.End, JournalKinds.Stop, JournalKinds.Withdraw, JournalKinds.RefuseIntake,
    };

    /// <param name="entries">The dossier's journal in order: each entry's instant, kind and the step it concerns, if any.</param>
    public IReadOnlyList<PhaseProgress> Read(ProcedureDefinition definition, IReadOnlyList<(DateTimeOffset At, string Command, string? StepId)> entries, DateTimeOffset now, string? unitId = null)
    {
        var finished = entries.Any(e => Endings.Contains(e.Command));
        var clock = ProcessClock.For(calculator, definition, defaultConvention);
        var planner = new PhasePlanner(calculator, defaultConvention);
        var result = new List<PhaseProgress>();
        foreach (var phase in definition.Process.Phases)
        {
            var members = phase.Steps.ToHashSet(StringComparer.Ordinal);
            bool InPhase(int i) => entries[i].StepId is { } step && members.Contains(step);
            var budget = phase.Budget.ToDuration();
            var first = Enumerable.Range(0, entries.Count).FirstOrDefault(InPhase, -1);
            if (first < 0)
            {
                result.Add(new PhaseProgress(phase, budget, null, null, TimeSpan.Zero, null, false));
                continue;
            }

            var last = Enumerable.Range(0, entries.Count).Last(InPhase);
            // Only a step of the process takes the dossier out of the phase: a supplement requested inside it
            // (its entry names no step of the process) keeps the phase running until the dossier moves on.
            var leaving = Enumerable.Range(last + 1, entries.Count - last - 1)
                .FirstOrDefault(i => entries[i].StepId is { } step && !members.Contains(step) && definition.Process.Find(step) is not null, -1);
            var start = entries[first].At;
            DateTimeOffset? end = leaving >= 0 ? entries[leaving].At : finished ? entries[^1].At : null;
            DateTimeOffset? due;
            try
            {
                due = clock.Calculator.Due(start, budget, clock.Convention, unitId);
            }
            catch (ArgumentException)
            {
                due = null;
            }

            var until = end ?? now;
            result.Add(new PhaseProgress(phase, budget, start, end, planner.Between(start, until, budget, unitId), due, until > due));
        }

        return result;
    }
}
