namespace Workflow.Server.Contracts.Delegation;

/// <summary>A signing authorisation, with the signature block it prints (its three lines joined by " / ") and whether it is in force today.</summary>
public sealed record SigningAuthorisationView(
    Guid Id,
    string Kind,
    string UnitId,
    string PrincipalId,
    string PrincipalName,
    string PrincipalTitle,
    string SignerId,
    string SignerName,
    string SignerTitle,
    string? DocumentNumber,
    DateOnly? DocumentDate,
    DateOnly FirstDay,
    DateOnly? LastDay,
    string Block,
    bool InForce,
    string CreatedByName,
    DateTimeOffset? RevokedAt,
    string? RevokedByName);
