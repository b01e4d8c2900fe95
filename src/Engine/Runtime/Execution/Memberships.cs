using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Who holds which role at which unit today: the check behind "only officers of the unit may act".</summary>
internal static class Memberships
{
    /// <summary>Roles that lead a unit: they assign work, extend, apologise and stop.</summary>
    public static readonly string[] HeadRoles = ["head", "deputy-head", "leader"];

    /// <summary>
    /// Returns the actor as acting in the first of <paramref name="roles"/> they hold at the unit,
    /// or refuses. The system actor may do anything the engine itself decides.
    /// </summary>
    public static async Task<Actor> RequireAsync(WorkflowDbContext db, Actor actor, string unitId, IReadOnlyCollection<string> roles, DateOnly today, string whatVi, string whatEn, CancellationToken cancellationToken)
    {
        if (actor.IsSystem)
        {
            return actor;
        }

        var held = actor.Kind == ActorKind.Officer
            ? await db.Memberships.AsNoTracking()
                .Where(m => m.OfficerId == actor.Id && m.UnitId == unitId && roles.Contains(m.Role)
                            && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today))
                .Select(m => m.Role)
                .ToListAsync(cancellationToken)
            : [];
        return Decide(actor, unitId, roles, held, whatVi, whatEn);
    }

    /// <summary>The same within a command, without a query when its load already read the answer (the task's own role at its unit).</summary>
    public static Task<Actor> RequireAsync(DossierSession session, Actor actor, string unitId, IReadOnlyCollection<string> roles, string whatVi, string whatEn, CancellationToken cancellationToken) =>
        !actor.IsSystem && actor.Kind == ActorKind.Officer && session.KnownRoles(actor.Id, unitId, roles) is { } held
            ? Task.FromResult(Decide(actor, unitId, roles, held, whatVi, whatEn))
            : RequireAsync(session.Db, actor, unitId, roles, session.Context.Today, whatVi, whatEn, cancellationToken);

    private static Actor Decide(Actor actor, string unitId, IReadOnlyCollection<string> roles, IReadOnlyList<string> held, string whatVi, string whatEn)
    {
        var role = roles.FirstOrDefault(held.Contains);
        if (role is not null)
        {
            return actor with { UnitId = unitId, Role = role };
        }

        throw new WorkflowException(WorkflowErrorKind.Forbidden, "not-a-member",
            $"{actor.Name} không giữ vai trò {string.Join(" hoặc ", roles)} tại đơn vị {unitId} nên không thể {whatVi}.",
            $"{actor.Name} holds no role {string.Join(" or ", roles)} at {unitId}, so cannot {whatEn}.");
    }

    public static async Task<bool> HoldsAsync(WorkflowDbContext db, string officerId, string unitId, IReadOnlyCollection<string> roles, DateOnly today, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().AnyAsync(m => m.OfficerId == officerId && m.UnitId == unitId && roles.Contains(m.Role)
                                                          && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today), cancellationToken);
}
