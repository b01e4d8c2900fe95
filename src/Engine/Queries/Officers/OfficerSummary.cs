using Workflow.Engine.Queries.Scope;

namespace Workflow.Engine.Queries.Officers;

/// <summary>An officer with every membership they ever held (current and past).</summary>
public sealed record OfficerSummary(string Id, string UserName, string DisplayName, string? Email, string? Phone, bool Active, IReadOnlyList<MembershipView> Memberships)
{
    /// <summary>The units the officer leads today (head, deputy or leader): where the engine lets them act as a head.</summary>
    public IReadOnlyList<string> UnitsLedToday() =>
        Memberships.Where(m => m.CurrentlyHeld && OfficerMemberships.HeadRoles.Contains(m.Role)).Select(m => m.UnitId).Distinct(StringComparer.Ordinal).ToList();
}
