using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Security;

/// <summary>
/// Cookies and bearer tokens are self-contained and would otherwise be honoured until they expire.
/// Every signed-in request is checked against the database (<see cref="AccessCheck"/>): after an
/// account is disabled, its roles changed or its session signed out, API calls get a 401 saying to
/// sign in again, and pages see a visitor who is not signed in (and the stale cookie is removed).
/// </summary>
public sealed class RevokedAccessGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessCheck access, IProblemDetailsService problems)
    {
        if (context.User.Identity?.IsAuthenticated == true && !IsStaticAsset(context) && !await access.StillHoldsAsync(context.User, context.RequestAborted))
        {
            var bearer = context.Request.CarriesBearerToken();
            if (!bearer)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (bearer || context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = ProblemFactory.Create(StatusCodes.Status401Unauthorized, "session-ended", Language.Pick(
                        "Phiên đăng nhập đã kết thúc (đã đăng xuất, tài khoản bị vô hiệu hóa hoặc vai trò thay đổi); hãy đăng nhập lại.",
                        "The sign-in has ended (signed out, account disabled or roles changed); sign in again.")),
                });
                return;
            }
        }

        await next(context);
    }

    /// <summary>
    /// Scripts, styles, fonts and images are the same for everyone and carry nothing to revoke; a page
    /// loads some twenty of them, each of which would otherwise cost a database query. They are the
    /// endpoints <c>MapStaticAssets</c> maps, each with its asset's descriptor; pages and the API are not.
    /// </summary>
    private static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
