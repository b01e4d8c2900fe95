using Workflow.Engine.Results;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Results;

/// <summary>An electronic result as lists show it: what it is, whose, its validity, and where it stands (signed, delivered, revoked).</summary>
public sealed record ElectronicResultSummary(
    Guid Id,
    Guid DossierId,
    string ResultId,
    string Name,
    string? HolderId,
    string HolderName,
    ResultOrigin Origin,
    string FileName,
    string MediaType,
    string UnitId,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    DateTimeOffset? SignedAt,
    string? SignedBy,
    DateTimeOffset? DeliveredAt,
    ResultDelivery? DeliveredBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    string? RevocationReason,
    ResultStanding Standing,
    string StandingSentence);
