using Microsoft.AspNetCore.Diagnostics;
using Workflow.Server.Components.Localization;

namespace Workflow.Server.Hosting;

/// <summary>
/// A status code answered without a body (an address that matches nothing, a method a page does not
/// take) is written as its reader reads: a page, in the page's layout and language, for a browser
/// asking for HTML; ProblemDetails for everyone else (the API's clients, scripts).
/// </summary>
public static class StatusCodeAnswers
{
    /// <summary>The page that explains the status code, re-executed in place of the empty answer (the status code stays).</summary>
    public const string PagePathFormat = "/status/{0}";

    public static IApplicationBuilder UseStatusCodeAnswers(this IApplicationBuilder app)
    {
        // Two handlers, the page inside the ProblemDetails: a request that does not want a page turns the
        // inner one off and the outer one answers. (Re-executing from a UseWhen branch finds no endpoint:
        // the branch does not reroute, so the page handler must sit in the main pipeline.)
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(PagePathFormat, createScopeForStatusCodePages: true);
        return app.Use((context, next) =>
        {
            if (!WantsPage(context) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
    }

    private static bool WantsPage(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && PageLanguage.IsPageRequest(request)
            && request.GetTypedHeaders().Accept.Any(accepted => accepted.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
