using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Workflow.Server.Security;

/// <summary>
/// Cookies and bearer tokens are self-contained and would otherwise be honoured until they expire.
/// Every signed-in request is checked against the database (<see cref="AccessCheck"/>): a disabled
/// account, changed roles or a signed-out session is treated as not signed in from the next request
/// on, for pages and API alike, and a cookie that no longer holds is removed.
/// </summary>
public sealed class RevokedAccessGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessCheck access)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await access.StillHoldsAsync(context.User, context.RequestAborted))
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }

        await next(context);
    }
}
