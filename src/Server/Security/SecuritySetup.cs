using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Workflow.Server.Security;

/// <summary>Registers and places the defences against forged, replayed and abusive requests.</summary>
public static class SecuritySetup
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddWorkflowSecurity(this IServiceCollection services)
    {
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        services.AddScoped<SignInSessions>();
        services.AddScoped<AccessCheck>();
        services.AddSingleton<CookieSessionEvents>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(sp => sp.GetRequiredService<CookieSessionEvents>());
        return services;
    }

    /// <summary>Response headers for everything that follows.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>After authentication and the rate limiter: revoked sign-ins are dropped first, then the forgery guard looks at what the cookie still carries.</summary>
    public static WebApplication UseWorkflowSecurity(this WebApplication app)
    {
        app.UseMiddleware<RevokedAccessGuard>();
        app.UseMiddleware<CookieForgeryGuard>();
        return app;
    }
}
