namespace Workflow.Engine.Queries.Officers;

/// <summary>An officer with every membership they ever held (current and past).</summary>
public sealed record OfficerSummary(string Id, string UserName, string DisplayName, string? Email, string? Phone, bool Active, IReadOnlyList<MembershipView> Memberships);
