namespace Workflow.Engine.Delegation;

/// <summary>
/// What an administrator records: <paramref name="SignerId"/> signs for <paramref name="PrincipalId"/> at
/// <paramref name="UnitId"/> from <paramref name="FirstDay"/> to <paramref name="LastDay"/> (both included;
/// none means until revoked). Titles left empty are taken from the roles each holds at the unit.
/// </summary>
public sealed record SigningAuthorisationDraft(
    SigningOnBehalfKind Kind,
    string UnitId,
    string PrincipalId,
    string SignerId,
    DateOnly FirstDay,
    DateOnly? LastDay,
    string? PrincipalTitle = null,
    string? SignerTitle = null,
    string? DocumentNumber = null,
    DateOnly? DocumentDate = null);
