namespace Workflow.Server.Contracts.Admin;

/// <summary>The first day the membership no longer holds; today when absent.</summary>
public sealed record EndMembershipRequest(DateOnly? ValidTo = null);
