namespace Workflow.Server.Contracts.Organisation;

/// <summary>
/// One change to the organisation. <c>kind</c> is one of <c>create-unit</c>, <c>rename-unit</c>,
/// <c>move-unit</c>, <c>merge-unit</c>, <c>abolish-unit</c> (units: <c>unitId</c> and
/// <c>effectiveDate</c>, today or later), <c>create-kind</c>, <c>rename-kind</c> (<c>kindId</c>).
/// Creating a unit takes <c>code</c>, <c>name</c>, <c>kindId</c> and optionally <c>parentId</c> (a
/// division inside a department has the department as parent); renaming the new <c>name</c>
/// (optionally <c>nameEn</c>, <c>code</c>); moving the new <c>parentId</c>; merging and abolishing
/// the <c>successorId</c> that takes over the unit's work; a new kind its <c>level</c> and <c>roles</c>.
/// </summary>
public sealed record OrganisationChangeRequest(
    string? Kind,
    string? UnitId = null,
    DateOnly? EffectiveDate = null,
    string? Name = null,
    string? NameEn = null,
    string? Code = null,
    string? KindId = null,
    string? ParentId = null,
    string? SuccessorId = null,
    string? Level = null,
    IReadOnlyList<string>? Roles = null);
