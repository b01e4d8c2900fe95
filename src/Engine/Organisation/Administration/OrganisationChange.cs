namespace Workflow.Engine.Organisation.Administration;

/// <summary>
/// One change an administrator asks for. Which fields count depends on <see cref="Kind"/>:
/// units take <see cref="UnitId"/> and <see cref="EffectiveDate"/>; creating a unit also
/// <see cref="Code"/>, <see cref="Name"/>, <see cref="KindId"/> and optionally <see cref="ParentId"/>
/// (a division inside a department is a unit whose parent is the department); renaming takes the
/// new names (and optionally a new code); moving the new parent; merging and abolishing the
/// <see cref="SuccessorId"/>. Kinds take <see cref="KindId"/>, names, and for a new kind the level and roles.
/// </summary>
public sealed record OrganisationChange(
    OrganisationChangeKind Kind,
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
