using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Workflow.Server.Components.Localization;

/// <summary>
/// Pages are in Vietnamese unless the reader chose English with the language switch (the culture
/// cookie): a browser's own Accept-Language does not turn them English. The API keeps answering in
/// the language its callers ask for.
/// </summary>
public static class PageLanguage
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IApplicationBuilder UsePageLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsPageRequest(context.Request) && !context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
            && !context.Request.Query.ContainsKey("culture"))
        {
            CultureInfo.CurrentCulture = Vietnamese;
            CultureInfo.CurrentUICulture = Vietnamese;
        }

        await next(context);
    });

    /// <summary>A request for a page rather than for the API, its document, metrics or health.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi") && !request.Path.StartsWithSegments("/metrics")
        && !request.Path.StartsWithSegments("/health");
}
