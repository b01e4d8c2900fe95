using Workflow.Server.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace Workflow.Server.Components.Account;

/// <summary>
/// Reads the citizen cookie for the requests that render a page, into the request's <see cref="CitizenSession"/>;
/// the API reads it by its policy instead. Requests without the cookie cost nothing.
/// </summary>
public sealed class CitizenSessionReader(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CitizenSession session)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Cookies.ContainsKey(AuthenticationSchemes.CitizenCookie)
            && !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/_blazor"))
        {
            var result = await context.AuthenticateAsync(AuthenticationSchemes.Citizen);
            session.Citizen = result.Succeeded ? CitizenIdentity.From(result.Principal) : null;
        }

        await next(context);
    }
}
