using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Workflow.Server.Security;

/// <summary>Registers and places the defences against forged, replayed and abusive requests.</summary>
public static class SecuritySetup
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddWorkflowSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            // Secure whenever the visitor's request was HTTPS, also when a trusted proxy says so.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // A year, for this host only: a province's other hosts may not all serve HTTPS yet.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton(configuration.GetSection(SignInThrottleSettings.Section).Get<SignInThrottleSettings>() ?? new SignInThrottleSettings());
        services.AddSingleton<SignInThrottleKey>();
        services.AddSingleton<ResultDownloadLinks>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<SignInSessions>();
        services.AddScoped<AccessCheck>();
        services.AddSingleton<CookieSessionEvents>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(sp => sp.GetRequiredService<CookieSessionEvents>());
        return services;
    }

    /// <summary>
    /// Response headers for everything that follows. HSTS goes on HTTPS answers only (the
    /// middleware skips plain HTTP and localhost), and not in Development, where a browser would keep
    /// insisting on HTTPS for the developer's machine.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

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
