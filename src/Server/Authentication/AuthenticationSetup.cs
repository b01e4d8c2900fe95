using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Workflow.Server.Authentication;

/// <summary>
/// Accounts with ASP.NET Core Identity (hashed passwords; disabled accounts are locked out), signed in by cookie for pages
/// and by Identity bearer tokens for API clients; OpenID Connect single sign-on when configured.
/// </summary>
public static class AuthenticationSetup
{
    public static IServiceCollection AddWorkflowAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<ServerUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_@";
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // Lockout is only how an administrator disables an account. Failed passwords never lock
                // one (anyone could then lock an officer out); the sign-in throttle slows them instead.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ServerIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        // Password-reset tokens are also the one-time setup links of imported accounts, which take days to hand out.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Accounts.AccountSetup.Lifespan);

        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthenticationSchemes.CookieOrBearer;
                options.DefaultChallengeScheme = AuthenticationSchemes.CookieOrBearer;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(AuthenticationSchemes.CookieOrBearer, "Cookie or bearer token", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.CarriesBearerToken() ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = AuthenticationSchemes.SignInCookie;
                options.Cookie.HttpOnly = true;
                // Strict keeps the cookie off cross-site requests, so API calls cannot be forged from another site.
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    // API callers get status codes, not redirects to a login page.
                    OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden),
                };
            })
            .AddCookie(IdentityConstants.ExternalScheme, options =>
            {
                options.Cookie.Name = "workflow.external";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.RefreshTokenExpiration = TimeSpan.FromDays(7);
            });

        var oidc = configuration.GetSection(OidcSettings.Section).Get<OidcSettings>() ?? new OidcSettings();
        services.AddSingleton(oidc);
        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(OidcSettings.Scheme, "Đăng nhập một lần (SSO)", options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.CallbackPath = oidc.CallbackPath;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Scope.Clear();
                foreach (var scope in oidc.Scopes)
                {
                    options.Scope.Add(scope);
                }

                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "preferred_username";
            });
        }

        authentication.AddCitizenSignIn(services, configuration);
        return services;
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/account"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
