using Microsoft.AspNetCore.Localization;
using Workflow.Server.Security;

namespace Workflow.Server.Components.Localization;

/// <summary>
/// The language switch: <c>/culture?name=en&amp;back=/inbox</c> keeps the choice in the culture cookie
/// (read by the request localization middleware, so the API's messages follow it too) and goes back.
/// </summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static void MapCultureEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, (HttpContext context, string? name, string? back) =>
            {
                var path = LocalReturnPath.Checked(back, "back");
                var culture = name == "en" ? "en" : "vi-VN";
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
                return TypedResults.LocalRedirect(path);
            })
            .AllowAnonymous().ExcludeFromDescription();

    public static string Href(string culture, string currentPath) => $"{Path}?name={culture}&back={Uri.EscapeDataString(currentPath)}";
}
