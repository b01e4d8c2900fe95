namespace Workflow.Engine.Organisation.Administration;

/// <summary>What a change would touch, shown before it is applied.</summary>
/// <param name="Procedures">Procedure versions whose steps name the unit as their fixed unit (the analyst must revise them).</param>
/// <param name="OpenTasks">Open tasks at the unit: on the effective date they move to the successor.</param>
/// <param name="Memberships">Officers' roles at the unit still in force on the effective date, and what becomes of each.</param>
public sealed record OrganisationChangePreview(
    string Summary,
    string SummaryEn,
    IReadOnlyList<AffectedProcedure> Procedures,
    IReadOnlyList<AffectedTask> OpenTasks,
    IReadOnlyList<AffectedMembership> Memberships);

/// <summary>A step of a procedure version that names the unit.</summary>
public sealed record AffectedProcedure(string ProcedureId, int Version, string Name, string StepId, string StepName);

/// <summary>An open task at the unit.</summary>
public sealed record AffectedTask(Guid DossierId, string DossierCode, Guid WorkItemId, string StepName, string UnitId, string? HolderName);

/// <summary>A membership at the unit; <paramref name="MovesTo"/> is the successor it continues at, or null when it only ends (the successor's kind has no such role).</summary>
public sealed record AffectedMembership(Guid MembershipId, string OfficerId, string OfficerName, string Role, string UnitId, string? MovesTo);
