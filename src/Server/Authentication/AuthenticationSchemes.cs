namespace Workflow.Server.Authentication;

public static class AuthenticationSchemes
{
    /// <summary>Chooses bearer or cookie per request: a Bearer header wins, otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";

    /// <summary>The sign-in cookie's name, also published in the API reference.</summary>
    public const string SignInCookie = "workflow.auth";
}
