using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Bench;

/// <summary>
/// The officers who worked the generated dossiers: at every generated commune a desk officer and a
/// leader, at its economic office a specialist and a head — the roles the generated tasks name —
/// with the ids the generated journal uses ("{role}@{unit}") and memberships from 2020 on, as an
/// administrator would have entered them. The query services read an officer's inbox and scope from
/// these memberships. Units the organisation already has were seeded by <see cref="EngineSetup"/>.
/// </summary>
public static class GeneratedOfficers
{
    public static readonly string[] CommuneRoles = ["desk-officer", "leader"];

    public static readonly string[] OfficeRoles = ["specialist", "head"];

    public static async Task SeedAsync(WorkflowDbContextFactory factory)
    {
        await using var db = factory.Create();
        var existing = (await db.Officers.Select(o => o.Id).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        foreach (var (commune, office, _) in DataGenerator.Units)
        {
            foreach (var (unit, roles) in new[] { (commune, CommuneRoles), (office, OfficeRoles) })
            {
                foreach (var role in roles)
                {
                    var actor = EngineSetup.Officer(unit, role);
                    if (!existing.Add(actor.Id))
                    {
                        continue;
                    }

                    db.Officers.Add(new OfficerRecord { Id = actor.Id, UserName = actor.Id, DisplayName = actor.Name, Email = $"{actor.Id.Replace('@', '.')}@example.vn" });
                    db.Memberships.Add(new MembershipRecord { Id = Guid.NewGuid(), OfficerId = actor.Id, UnitId = unit, Role = role, ValidFrom = new DateOnly(2020, 1, 1) });
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Who would open an inbox at this unit: one of the roles the generated tasks give it.</summary>
    public static string OfficerAt(string unitId, Random random)
    {
        var roles = unitId.EndsWith("-kt", StringComparison.Ordinal) ? OfficeRoles : CommuneRoles;
        return EngineSetup.Officer(unitId, roles[random.Next(roles.Length)]).Id;
    }
}
