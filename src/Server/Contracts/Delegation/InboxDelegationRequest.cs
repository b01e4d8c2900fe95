namespace Workflow.Server.Contracts.Delegation;

/// <summary>
/// The inbox of <see cref="OfficerId"/> (the caller when empty) at <see cref="UnitId"/> goes to the colleague
/// <see cref="ToOfficerId"/> from <see cref="FirstDay"/> to <see cref="LastDay"/>, both included.
/// </summary>
public sealed record InboxDelegationRequest(string? UnitId, string? ToOfficerId, DateOnly? FirstDay, DateOnly? LastDay, string? OfficerId = null);
