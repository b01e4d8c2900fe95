using Scalar.AspNetCore;
using Workflow.Server.Endpoints;
using Workflow.Server.Localization;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Hosting;

/// <summary>The request pipeline, in the order that matters: the client behind trusted proxies, headers, language (errors are written in it), then errors, limits, identity.</summary>
public static class Pipeline
{
    public static WebApplication UseWorkflowServer(this WebApplication app)
    {
        // First: everything after it (HTTPS, cookies' Secure flag, limits, throttle, logs) sees the client, not the proxy.
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(RequestLanguages.Options());
        app.UseExceptionHandler();
        app.UseStatusCodeAnswers();
        app.UseMiddleware<BodySizeLimit>(ServerSetup.MaxRequestBodyBytes(app.Configuration));
        app.UseMiddleware<BodyCharset>();
        app.UseAuthentication();
        // Before the database checks of the signed-in: a request refused for its rate costs no query.
        app.UseRateLimiter();
        app.UseWorkflowSecurity();
        app.UseAuthorization();
        app.UseMiddleware<OrganisationRefresh>();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", options => options
            .WithTitle("Hệ thống một cửa — API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapWorkflowEndpoints();
        return app;
    }
}
