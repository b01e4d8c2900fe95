using Workflow.Server.Authentication;

namespace Workflow.Server.Accounts;

/// <summary>
/// The system roles an account made by a bulk import starts with, from the roles of its memberships: the pages a desk
/// officer, specialist, head or leader needs. An administrator changes them on the users page afterwards.
/// </summary>
public static class MembershipSystemRoles
{
    public static IReadOnlyList<string> For(IEnumerable<string> membershipRoles) =>
        membershipRoles.Select(Of).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    private static string? Of(string membershipRole) => membershipRole switch
    {
        "desk-officer" => SystemRoles.DeskOfficer,
        "specialist" => SystemRoles.Specialist,
        "head" or "deputy-head" => SystemRoles.UnitHead,
        "leader" => SystemRoles.Leader,
        _ => null,
    };
}
