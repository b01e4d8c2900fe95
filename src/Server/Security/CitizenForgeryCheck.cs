using Microsoft.AspNetCore.Antiforgery;
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
            if (!await CookieForgeryGuard.IsValidAsync(context, context.RequestServices.GetRequiredService<IAntiforgery>()))
            {
                var options = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
                var field = context.Request.HasFormContentType ? options.FormFieldName : options.HeaderName!;
                throw ApiProblemException.Invalid(CookieForgeryGuard.InvalidTokenCode, CookieForgeryGuard.InvalidTokenText(field, options.HeaderName!), field);
            }

            return await next(invocation);
        });
}
