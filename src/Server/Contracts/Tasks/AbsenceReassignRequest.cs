namespace Workflow.Server.Contracts.Tasks;

/// <summary>
/// An absent officer of the unit whose open tasks there all move to a colleague of the unit, or back
/// to the unit's inbox when <see cref="ToOfficerId"/> is empty.
/// </summary>
public sealed record AbsenceReassignRequest(string? UnitId, string? OfficerId, string? ToOfficerId);
