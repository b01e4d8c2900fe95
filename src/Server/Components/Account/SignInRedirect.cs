namespace Workflow.Server.Components.Account;

/// <summary>
/// The cookie handler sends visitors of protected pages to <c>/account/login?ReturnUrl=…</c> (the
/// endpoint that also accepts the sign-in POST); a browser asking for that address gets the sign-in page.
/// </summary>
public static class SignInRedirect
{
    public const string SignInPath = "/signin";

    public static void MapSignInRedirect(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/account/login", (string? returnUrl) =>
                TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl) ? SignInPath : $"{SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}"))
            .AllowAnonymous().ExcludeFromDescription();
}
