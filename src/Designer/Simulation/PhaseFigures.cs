using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Phases;
using Workflow.Engine.Planning;

namespace Workflow.Designer.Simulation;

/// <summary>
/// The phases panel's figures: each phase planned for a dossier received at the opening of the
/// version's first working day (or today's, when it is already in force), with the engine's
/// <see cref="PhasePlanner"/> — the arithmetic <c>workflow simulate</c> and the loader's WF084 use.
/// </summary>
public static class PhaseFigures
{
    public static (DateTimeOffset Received, IReadOnlyList<PhasePlan> Phases)? For(ProcedureDefinition definition, DefinitionLoadOptions options, DateOnly today)
    {
        if (definition.Process.Phases.Count == 0)
        {
            return null;
        }

        try
        {
            var calendar = options.Calendar;
            var from = definition.EffectiveFrom is { } effective && effective > today ? effective : today;
            var day = new WorkingClock(calendar).WorkingDayOnOrAfter(from);
            var received = VietnamTime.FromLocal(day, calendar.WorkingPeriodsOn(day)[0].Start);
            var calculator = new DeadlineCalculator(calendar);
            var plan = new ProcessSimulator(calculator, null, options.DefaultConvention).Plan(definition, received);
            return (received, new PhasePlanner(calculator, options.DefaultConvention).Plan(definition, plan));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or NullReferenceException)
        {
            // The loader reports what makes the process unplannable; the panel then shows budgets only.
            return null;
        }
    }
}
