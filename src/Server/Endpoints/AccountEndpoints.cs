using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflow.Server.Authentication;
using Workflow.Server.Contracts.Accounts;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;
using Workflow.Server.Security;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Signing in: <c>/account/login</c> and <c>/account/logout</c> set and clear the cookie for pages
/// (JSON or a posted form); <c>/api/auth/token</c> and <c>/api/auth/refresh</c> give API clients
/// Identity bearer tokens; <c>/account/login/oidc</c> starts single sign-on when configured.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/account").WithTags("Tài khoản / Account").AllowAnonymous().RequireRateLimiting(Hosting.RateLimits.SignIn);
        account.MapPost("/login", CookieLoginAsync).WithName("CookieLogin").WithSummary("Đăng nhập bằng cookie / Sign in with a cookie")
            .Accepts<LoginRequest>("application/json", "application/x-www-form-urlencoded").DisableAntiforgery()
            .AlsoRefuses(StatusCodes.Status403Forbidden).AddOpenApiOperationTransformer(SignInDocumentation.DescribeCookieLoginAsync);
        account.MapPost("/logout", async Task<IResult> (HttpContext context, SignInManager<ServerUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return context.Request.HasFormContentType ? TypedResults.LocalRedirect("/") : TypedResults.NoContent();
            })
            .WithName("CookieLogout").WithSummary("Đăng xuất / Sign out").DisableAntiforgery()
            .AlsoRefuses(StatusCodes.Status400BadRequest).AddOpenApiOperationTransformer(SignInDocumentation.DescribeCookieLogoutAsync);
        account.MapGet("/login/oidc", (string? returnUrl, OidcSettings oidc) =>
            {
                RequireOidc(oidc);
                var properties = new AuthenticationProperties { RedirectUri = $"/account/login/oidc/complete?returnUrl={Uri.EscapeDataString(LocalReturnPath.OrHome(returnUrl))}" };
                return TypedResults.Challenge(properties, [OidcSettings.Scheme]);
            })
            .WithName("OidcLogin").WithSummary("Đăng nhập một lần (SSO) / Single sign-on")
            .Produces(StatusCodes.Status302Found).AlsoRefuses(StatusCodes.Status404NotFound);
        account.MapGet("/login/oidc/complete", CompleteOidcAsync).WithName("OidcLoginComplete").ExcludeFromDescription();

        var auth = routes.MapGroup("/api/auth").WithTags("Tài khoản / Account").AllowAnonymous().RequireRateLimiting(Hosting.RateLimits.SignIn);
        auth.MapPost("/token", TokenAsync).WithName("Token").WithSummary("Lấy mã truy cập Bearer / Get a bearer access token")
            .Produces<AccessTokenResponse>().AlsoRefuses(StatusCodes.Status403Forbidden);
        auth.MapPost("/refresh", RefreshAsync).WithName("RefreshToken").WithSummary("Làm mới mã truy cập / Refresh an access token")
            .Produces<AccessTokenResponse>();
        routes.MapGet("/api/auth/me", async Task<Ok<SignedInUser>> (ClaimsPrincipal user, UserManager<ServerUser> users) =>
            {
                var found = await users.GetUserAsync(user) ?? throw ApiProblemException.Forbidden("account-missing", Language.Pick("Tài khoản không còn tồn tại.", "The account no longer exists."));
                return TypedResults.Ok(new SignedInUser(found.Id, found.UserName!, found.DisplayName, (await users.GetRolesAsync(found)).Order().ToList()));
            })
            .RequireAuthorization().WithTags("Tài khoản / Account").WithName("Me").WithSummary("Tài khoản đang đăng nhập / Who am I");
    }

    private static async Task<IResult> CookieLoginAsync(HttpContext context, SignInManager<ServerUser> signIn, PasswordSignIn passwords)
    {
        var form = context.Request.HasFormContentType;
        LoginRequest request;
        string? returnUrl = null;
        if (form)
        {
            var fields = await LoginBody.ReadFormAsync(context);
            request = new LoginRequest(fields["userName"], fields["password"]);
            // Checked before signing in, so a refused address leaves nobody half signed in.
            returnUrl = LocalReturnPath.Checked(fields["returnUrl"], "returnUrl");
        }
        else
        {
            request = await LoginBody.ReadJsonAsync(context);
        }

        var user = await VerifyPasswordAsync(context, passwords, request);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        if (form)
        {
            return TypedResults.LocalRedirect(returnUrl!);
        }

        var users = signIn.UserManager;
        return TypedResults.Ok(new SignedInUser(user.Id, user.UserName!, user.DisplayName, (await users.GetRolesAsync(user)).Order().ToList()));
    }

    /// <summary>Signing in with the bearer scheme makes Identity write the access token response itself.</summary>
    private static async Task<SignInHttpResult> TokenAsync(LoginRequest request, HttpContext context, PasswordSignIn passwords, SignInManager<ServerUser> signIn, SignInSessions sessions,
        CancellationToken cancellationToken)
    {
        var user = await VerifyPasswordAsync(context, passwords, request);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        await sessions.StartAsync(principal, cancellationToken);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> RefreshAsync(RefreshRequest request, SignInManager<ServerUser> signIn, SignInSessions sessions, IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider time, CancellationToken cancellationToken)
    {
        new RequestCheck().Required(request.RefreshToken, "refreshToken", 4096).ThrowIfInvalid();
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || user.LockoutEnd > time.GetUtcNow())
        {
            throw RefreshRefused();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        // Each refresh token works once; a second use ends the session it belongs to.
        if (!await sessions.RotateRefreshAsync(ticket.Principal, principal, cancellationToken))
        {
            throw RefreshRefused();
        }

        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ApiProblemException RefreshRefused() =>
        new(StatusCodes.Status401Unauthorized, "refresh-token-invalid", Language.Pick(
            "Mã làm mới đã hết hạn, đã được dùng hoặc không còn hiệu lực; hãy đăng nhập lại.", "The refresh token has expired, was already used or is no longer valid; sign in again."), "refreshToken");

    /// <summary>Checks the inputs and the password (behind the sign-in throttle) without signing in; the caller chooses cookie or token.</summary>
    private static async Task<ServerUser> VerifyPasswordAsync(HttpContext context, PasswordSignIn passwords, LoginRequest request)
    {
        new RequestCheck().Required(request.UserName, "userName", InputLimits.Id).Required(request.Password, "password", InputLimits.Password).ThrowIfInvalid();
        return await passwords.VerifyAsync(context, request.UserName!, request.Password!);
    }

    private static async Task<IResult> CompleteOidcAsync(HttpContext context, string? returnUrl, OidcSettings oidc, SignInManager<ServerUser> signIn)
    {
        RequireOidc(oidc);
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        var subject = external.Principal?.FindFirstValue("sub") ?? external.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!external.Succeeded || subject is null)
        {
            throw new ApiProblemException(StatusCodes.Status401Unauthorized, "sso-failed", Language.Pick("Đăng nhập một lần không thành công.", "Single sign-on did not succeed."));
        }

        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(OidcSettings.Scheme, subject);
        var email = external.Principal!.FindFirstValue("email");
        if (user is null && oidc.MatchByEmail && external.Principal!.FindFirstValue("email_verified") == "true" && email is not null
            && (await users.FindByEmailAsync(email)) is { } byEmail)
        {
            await users.AddLoginAsync(byEmail, new UserLoginInfo(OidcSettings.Scheme, subject, "SSO"));
            user = byEmail;
        }

        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            throw ApiProblemException.Forbidden("sso-account-not-provisioned", Language.Pick(
                "Tài khoản SSO này chưa được cấp quyền trong hệ thống; liên hệ quản trị viên.", "This SSO account has no access to the system; contact the administrator."));
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.LocalRedirect(LocalReturnPath.OrHome(returnUrl));
    }

    private static void RequireOidc(OidcSettings oidc)
    {
        if (!oidc.IsConfigured)
        {
            throw ApiProblemException.NotFound("sso-not-configured", Language.Pick(
                "Đăng nhập một lần chưa được cấu hình (Authentication:Oidc).", "Single sign-on is not configured (Authentication:Oidc)."));
        }
    }
}
