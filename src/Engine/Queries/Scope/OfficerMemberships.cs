using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries.Scope;

/// <summary>
/// The roles an officer holds today, unit by unit: what decides which inboxes they see and which
/// dossiers they may open. Membership periods include their start and exclude their end, as the engine reads them.
/// </summary>
public sealed class OfficerMemberships
{
    private OfficerMemberships(string officerId, IReadOnlyList<UnitRole> held)
    {
        OfficerId = officerId;
        Held = held;
    }

    public string OfficerId { get; }

    public IReadOnlyList<UnitRole> Held { get; }

    public IReadOnlyList<string> Units => Held.Select(h => h.UnitId).Distinct(StringComparer.Ordinal).ToList();

    public bool Holds(string? unitId, string? role) => unitId is not null && role is not null && Held.Any(h => h.UnitId == unitId && h.Role == role);

    public bool HoldsAny(string? unitId, IEnumerable<string> roles) => unitId is not null && roles.Any(role => Holds(unitId, role));

    public bool IsMemberOf(string? unitId) => unitId is not null && Held.Any(h => h.UnitId == unitId);

    /// <summary>Heads, deputies and leaders assign work, extend, apologise and stop (the engine's head roles).</summary>
    public bool IsHeadOf(string? unitId) => HoldsAny(unitId, Memberships.HeadRoles);

    public static IReadOnlyList<string> HeadRoles => Memberships.HeadRoles;

    public static async Task<OfficerMemberships> LoadAsync(WorkflowDbContext db, string officerId, DateOnly today, CancellationToken cancellationToken)
    {
        var held = await db.Memberships.AsNoTracking()
            .Where(m => m.OfficerId == officerId && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today))
            .Select(m => new UnitRole(m.UnitId, m.Role))
            .ToListAsync(cancellationToken);
        return new OfficerMemberships(officerId, held.Distinct().ToList());
    }
}
