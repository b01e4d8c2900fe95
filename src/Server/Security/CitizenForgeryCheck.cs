using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Workflow.Server.Problems;

namespace Workflow.Server.Security;

/// <summary>
/// The citizen cookie is not the default sign-in, so <see cref="CookieForgeryGuard"/> does not see it:
/// each citizen endpoint that changes something checks the antiforgery token itself with this filter.
/// </summary>
public static class CitizenForgeryCheck
{
    public static RouteHandlerBuilder RequiresCitizenAntiforgery(this RouteHandlerBuilder builder) => builder
        .DisableAntiforgery()
        .WithMetadata(ChecksAntiforgeryItself.Instance)
        .AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            if (!await IsValidAsync(context))
            {
                var options = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
                var field = context.Request.HasFormContentType ? options.FormFieldName : options.HeaderName!;
                throw ApiProblemException.Invalid(CookieForgeryGuard.InvalidTokenCode, CookieForgeryGuard.InvalidTokenText(field, options.HeaderName!), field);
            }

            return await next(invocation);
        });

    /// <summary>
    /// Tokens are issued (by the pages and <see cref="AntiforgeryEndpoint"/>) for the default sign-in,
    /// anonymous or an officer; the citizen policy has put the citizen in its place by now, so the token
    /// is checked against the default sign-in again.
    /// </summary>
    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        var citizen = context.User;
        context.User = (await context.AuthenticateAsync()).Principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        try
        {
            return await CookieForgeryGuard.IsValidAsync(context, context.RequestServices.GetRequiredService<IAntiforgery>());
        }
        finally
        {
            context.User = citizen;
        }
    }
}
