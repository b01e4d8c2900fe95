using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Planning;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Simulation;

/// <summary>
/// Plans a dossier with the engine's <see cref="ProcessSimulator"/> (as <c>workflow simulate</c>
/// does) and lays its due dates on the working calendar, days off marked.
/// </summary>
public sealed class DesignerSimulator(DeadlineConvention defaultConvention = DeadlineConvention.CivilCode)
{
    /// <summary>A timeline longer than this is cut (a plan this long is a mistake to be read in the step list).</summary>
    public const int MaxDays = 400;

    public SimulationResult Simulate(ProceduresWorkspace workspace, ProcedureDefinition definition, SimulationRequest request)
    {
        var received = VietnamTime.FromLocal(request.ReceivedDate, request.ReceivedTime);
        var unitId = string.IsNullOrWhiteSpace(request.ReceivingUnitId) ? null : request.ReceivingUnitId;
        ProcessPlan plan;
        try
        {
            var data = DataValueParser.Parse(definition.Data, request.Data);
            plan = new ProcessSimulator(new DeadlineCalculator(workspace.Calendar), workspace.Organisation, defaultConvention).Plan(definition, received, unitId, data);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or NullReferenceException)
        {
            return new SimulationResult(null, [], Text.Pick(null, $"Không lập được kế hoạch: {ex.Message}", $"The plan could not be made: {ex.Message}"));
        }

        return new SimulationResult(plan, Timeline(workspace.Calendar, plan, unitId), null);
    }

    public static IReadOnlyList<TimelineDay> Timeline(WorkingCalendar calendar, ProcessPlan plan, string? unitId)
    {
        var first = VietnamTime.LocalDate(plan.Received);
        var statutory = VietnamTime.LocalDate(plan.StatutoryDue);
        var last = VietnamTime.LocalDate(plan.PlannedFinish > plan.StatutoryDue ? plan.PlannedFinish : plan.StatutoryDue);
        if (last.DayNumber - first.DayNumber > MaxDays)
        {
            last = first.AddDays(MaxDays);
        }

        var due = plan.Steps.GroupBy(s => VietnamTime.LocalDate(s.Due)).ToDictionary(g => g.Key, g => g.Select(s => s.StepId).ToList());
        var days = new List<TimelineDay>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var day = calendar.Describe(date, unitId);
            days.Add(new TimelineDay(date, day.Kind, day.IsWorkingDay, day.DayOff?.DisplayName(), due.GetValueOrDefault(date) ?? [], date == first, date == statutory));
        }

        return days;
    }
}
