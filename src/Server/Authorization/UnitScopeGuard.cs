using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Scope;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Workflow.Server.Authorization;

/// <summary>
/// The server's own unit check before a read: an officer opens only dossiers of units they belong
/// to today; auditors read every dossier. (Commands are checked again by the engine.)
/// </summary>
public sealed class UnitScopeGuard(WorkflowDbContextFactory database, TimeProvider time)
{
    public async Task RequireCanReadDossierAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        if (!await db.Dossiers.AsNoTracking().AnyAsync(d => d.Id == dossierId, cancellationToken))
        {
            throw ApiProblemException.NotFound("dossier-not-found", Language.Pick($"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}."), "dossierId");
        }

        if (user.IsInRole(SystemRoles.Auditor))
        {
            return;
        }

        var memberships = await OfficerMemberships.LoadAsync(db, user.OfficerId(), VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken);
        if (!await DossierScope.CanViewAsync(db, memberships, dossierId, cancellationToken))
        {
            throw ApiProblemException.Forbidden("outside-your-units", Language.Pick(
                "Hồ sơ này không thuộc đơn vị nào mà bạn đang công tác.",
                "This dossier does not belong to any unit you work for."));
        }
    }

    /// <summary>Refuses unless the officer holds some role at the unit today.</summary>
    public Task RequireMemberOfAsync(ClaimsPrincipal user, string unitId, CancellationToken cancellationToken) =>
        RequireTodayAsync(user, memberships => memberships.IsMemberOf(unitId), () => ApiProblemException.Forbidden("outside-your-units", Language.Pick(
            $"Bạn không công tác tại đơn vị {unitId}.",
            $"You do not work for the unit {unitId}.")), cancellationToken);

    /// <summary>Refuses unless the officer heads the unit today (unit head or leader there), as assigning its tasks requires.</summary>
    public Task RequireHeadOfAsync(ClaimsPrincipal user, string unitId, CancellationToken cancellationToken) =>
        RequireTodayAsync(user, memberships => memberships.IsHeadOf(unitId), () => ApiProblemException.Forbidden("not-head-of-unit", Language.Pick(
            $"Bạn không phụ trách đơn vị {unitId}, nên không xem được danh sách cán bộ để giao việc của đơn vị này.",
            $"You do not head the unit {unitId}, so you cannot list its officers to assign work.")), cancellationToken);

    private async Task RequireTodayAsync(ClaimsPrincipal user, Func<OfficerMemberships, bool> holds, Func<ApiProblemException> refusal, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        if (!holds(await OfficerMemberships.LoadAsync(db, user.OfficerId(), VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken)))
        {
            throw refusal();
        }
    }
}
