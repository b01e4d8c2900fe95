using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Workflow.Server.Security;

/// <summary>
/// Opens a session whenever the sign-in cookie is issued (the sign-in page, <c>/account/login</c>,
/// single sign-on) and ends it when the cookie is cleared, so a copy of an old cookie stops working
/// after signing out.
/// </summary>
public sealed class CookieSessionEvents : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }

        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            await signingIn(context);
            if (context.Principal is { } principal)
            {
                await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().StartAsync(principal, context.HttpContext.RequestAborted);
            }
        };
        var signingOut = options.Events.OnSigningOut;
        options.Events.OnSigningOut = async context =>
        {
            await signingOut(context);
            await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().EndAsync(context.HttpContext.User, context.HttpContext.RequestAborted);
        };
    }
}
