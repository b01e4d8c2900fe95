namespace Workflow.Server.Security;

/// <summary>Registers and places the defences against forged, replayed and abusive requests.</summary>
public static class SecuritySetup
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddWorkflowSecurity(this IServiceCollection services)
    {
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        return services;
    }

    /// <summary>After authentication, so the guard knows whether the cookie carried the request.</summary>
    public static WebApplication UseWorkflowSecurity(this WebApplication app)
    {
        app.UseMiddleware<CookieForgeryGuard>();
        return app;
    }
}
