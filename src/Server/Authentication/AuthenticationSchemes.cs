namespace Workflow.Server.Authentication;

public static class AuthenticationSchemes
{
    /// <summary>Chooses bearer or cookie per request: a Bearer header wins, otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";
}
