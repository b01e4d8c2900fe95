namespace Workflow.Server.Contracts.Delegation;

/// <summary>
/// <see cref="SignerId"/> signs for <see cref="PrincipalId"/> at <see cref="UnitId"/>: <see cref="Kind"/> is
/// <c>kt</c> (ký thay), <c>tl</c> (thừa lệnh) or <c>tuq</c> (thừa ủy quyền, with the written authorisation's
/// number and date), from <see cref="FirstDay"/> to <see cref="LastDay"/> (both included; none: until revoked).
/// Titles left empty are the names of the roles each holds at the unit.
/// </summary>
public sealed record SigningAuthorisationRequest(
    string? Kind,
    string? UnitId,
    string? PrincipalId,
    string? SignerId,
    DateOnly? FirstDay,
    DateOnly? LastDay = null,
    string? PrincipalTitle = null,
    string? SignerTitle = null,
    string? DocumentNumber = null,
    DateOnly? DocumentDate = null);
