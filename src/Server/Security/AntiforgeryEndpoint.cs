using Microsoft.AspNetCore.Antiforgery;

namespace Workflow.Server.Security;

/// <summary>
/// <c>GET /account/antiforgery</c>: the token a script or API client using the cookie sends back in
/// the <c>X-CSRF-TOKEN</c> header. It belongs to whoever is signed in when it is asked for, so ask again after signing in.
/// </summary>
public static class AntiforgeryEndpoint
{
    public const string Path = "/account/antiforgery";

    public static void MapAntiforgeryEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!, tokens.FormFieldName));
            })
            .AllowAnonymous().WithTags("Tài khoản / Account").WithName("AntiforgeryToken")
            .WithSummary("Mã chống giả mạo cho yêu cầu dùng cookie / Antiforgery token for cookie requests");
}
