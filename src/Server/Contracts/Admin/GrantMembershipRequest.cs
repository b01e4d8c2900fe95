namespace Workflow.Server.Contracts.Admin;

/// <summary>Grant a role at a unit from <c>validFrom</c> (included) until <c>validTo</c> (excluded; none = open-ended).</summary>
public sealed record GrantMembershipRequest(string? OfficerId, string? UnitId, string? Role, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);
