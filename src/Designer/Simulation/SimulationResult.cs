using Workflow.Engine.Planning;

namespace Workflow.Designer.Simulation;

/// <summary>The engine's plan for the dossier, and the days from receipt to the later of the statutory due date and the last step's due date.</summary>
public sealed record SimulationResult(ProcessPlan? Plan, IReadOnlyList<TimelineDay> Days, string? Error)
{
    public bool Succeeded => Plan is not null;
}
