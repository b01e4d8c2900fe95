namespace Workflow.Server.Authentication;

/// <summary>
/// Whether a request carries a bearer token: it then signs in with the token, not the cookie, and a
/// browser never sends one on its own, so neither the cookie's forgery check nor its sign-out applies.
/// </summary>
public static class BearerHeader
{
    public static bool CarriesBearerToken(this HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
