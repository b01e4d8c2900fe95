namespace Workflow.Engine.Journal.Details;

/// <summary>
/// A task opened at a unit: its step, unit, role and due instant, and the step and officer it came
/// from. Shared by the first task and by handoffs, which differ only in their kind.
/// </summary>
public abstract record TaskArrivalDetail(string Step, string Unit, string? Role, DateTime? Due, string? FromStep, string? FromOfficer) : SharedShapeDetail;
