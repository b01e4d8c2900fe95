using System.Security.Claims;
using Workflow.Engine.Runtime;

namespace Workflow.Server.Authentication;

/// <summary>Reads who is calling from the principal: the officer id (the Identity user id) and the name journals show.</summary>
public static class CurrentUser
{
    public static string OfficerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The principal has no user id.");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(WorkflowClaims.DisplayName) ?? user.Identity?.Name ?? user.OfficerId();

    /// <summary>The engine actor for this caller; the engine fixes unit and role from memberships.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(user.OfficerId(), user.DisplayName());

    public static bool IsAuditorOnly(this ClaimsPrincipal user) =>
        user.IsInRole(SystemRoles.Auditor) && !SystemRoles.All.Where(r => r != SystemRoles.Auditor).Any(user.IsInRole);
}
