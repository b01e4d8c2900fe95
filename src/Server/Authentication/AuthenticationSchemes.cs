namespace Workflow.Server.Authentication;

public static class AuthenticationSchemes
{
    /// <summary>Chooses bearer or cookie per request: a Bearer header wins, otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";

    /// <summary>The sign-in cookie's name, also published in the API reference.</summary>
    public const string SignInCookie = "workflow.auth";

    /// <summary>A citizen's session, apart from officers': its own cookie, never the default scheme, so it opens no officer page.</summary>
    public const string Citizen = "citizen";

    /// <summary>The citizen's sign-in at their electronic identity provider (OpenID Connect).</summary>
    public const string CitizenOidc = "citizen-oidc";

    /// <summary>The citizen session cookie's name, also published in the API reference.</summary>
    public const string CitizenCookie = "workflow.citizen";
}
