namespace Workflow.Designer.Simulation;

/// <summary>A dossier to plan: received at a local (Vietnam) date and time, optionally at a unit and with data values as typed.</summary>
public sealed record SimulationRequest(DateOnly ReceivedDate, TimeOnly ReceivedTime, string? ReceivingUnitId = null, IReadOnlyDictionary<string, string>? Data = null);
