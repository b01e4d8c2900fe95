using Workflow.Engine.Queries.Officers;

namespace Workflow.Server.Contracts.Admin;

/// <summary>An account with its officer's memberships.</summary>
public sealed record UserView(string Id, string UserName, string DisplayName, string? Email, string? Phone, bool Active, bool LockedOut, IReadOnlyList<string> Roles, IReadOnlyList<MembershipView> Memberships);
