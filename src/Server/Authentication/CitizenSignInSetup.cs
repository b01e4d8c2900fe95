using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Workflow.Server.Authentication;

/// <summary>
/// The citizen's session cookie, always registered (pages ask it who is there), and, when
/// <c>Authentication:Citizen</c> is configured, the OpenID Connect sign-in that fills it: code flow
/// with PKCE, state and nonce, claims read from the ID token and the userinfo endpoint and reduced
/// to <see cref="CitizenClaims"/>.
/// </summary>
public static class CitizenSignInSetup
{
    public const string LoginPath = "/citizen/login";
    public const string LogoutPath = "/citizen/logout";

    /// <summary>Where a failed or refused sign-in lands; the page says what happened.</summary>
    public const string FailedPath = "/my-dossiers?signin=failed";

    public static AuthenticationBuilder AddCitizenSignIn(this AuthenticationBuilder authentication, IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(CitizenSignInSettings.Section).Get<CitizenSignInSettings>() ?? new CitizenSignInSettings();
        services.AddSingleton(settings);
        authentication.AddCookie(AuthenticationSchemes.Citizen, options =>
        {
            options.Cookie.Name = AuthenticationSchemes.CitizenCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            // Lax: the provider's redirect back is a cross-site navigation that must find the session; forms still need the antiforgery token.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden),
            };
        });
        if (!settings.IsConfigured)
        {
            return authentication;
        }

        return authentication.AddOpenIdConnect(AuthenticationSchemes.CitizenOidc, "Định danh điện tử", options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.ResponseType = "code";
            // The code comes back in the query of a top-level navigation, which the Lax correlation cookies survive.
            options.ResponseMode = "query";
            options.UsePkce = true;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.SignInScheme = AuthenticationSchemes.Citizen;
            options.MapInboundClaims = false;
            options.Scope.Clear();
            foreach (var scope in settings.Scopes)
            {
                options.Scope.Add(scope);
            }

            // The handler drops acr by default; here it is the level of assurance.
            options.ClaimActions.Remove(settings.AssuranceClaim);
            foreach (var claim in new[] { settings.AssuranceClaim, settings.IdNumberClaim, settings.NameClaim, settings.PhoneClaim, settings.EmailClaim })
            {
                options.ClaimActions.MapUniqueJsonKey(claim, claim);
            }

            options.ClaimActions.MapCustomJson(CitizenClaims.Address, user => AddressOf(user, settings.AddressClaim));
            options.Events = new OpenIdConnectEvents
            {
                OnTicketReceived = context => ReduceToCitizen(context, settings),
                OnRemoteFailure = context =>
                {
                    // The failure's kind only: its message may carry what the provider said about the person.
                    Logger(context.HttpContext).LogWarning("A citizen's electronic identity sign-in failed ({Failure})", context.Failure?.GetType().Name ?? "unknown");
                    context.Response.Redirect(FailedPath);
                    context.HandleResponse();
                    return Task.CompletedTask;
                },
            };
        });
    }

    /// <summary>Keeps only what the server uses; without a subject and an ID number there is no citizen to sign in.</summary>
    private static Task ReduceToCitizen(TicketReceivedContext context, CitizenSignInSettings settings)
    {
        var principal = context.Principal;
        string? Claim(string type) => principal?.FindFirst(type)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var subject = Claim("sub");
        var idNumber = Claim(settings.IdNumberClaim);
        if (subject is null || idNumber is null)
        {
            // Handled here, not failed: a failed ticket would still be signed in.
            Logger(context.HttpContext).LogWarning("A citizen's electronic identity sign-in was refused: the provider gave no subject or no personal ID number (claim {Claim})", settings.IdNumberClaim);
            context.Response.Redirect(FailedPath);
            context.HandleResponse();
            return Task.CompletedTask;
        }

        var citizen = new CitizenIdentity(subject, idNumber, Claim(settings.NameClaim) ?? idNumber, settings.LevelOf(Claim(settings.AssuranceClaim)),
            Claim(settings.PhoneClaim), Claim(settings.EmailClaim), Claim(CitizenClaims.Address));
        context.Principal = citizen.ToPrincipal();
        Logger(context.HttpContext).LogInformation("A citizen signed in with an electronic identity at level of assurance {Level}", citizen.Level);
        return Task.CompletedTask;
    }

    private static string? AddressOf(JsonElement user, string claim) =>
        !user.TryGetProperty(claim, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Object && value.TryGetProperty("formatted", out var formatted) && formatted.ValueKind == JsonValueKind.String ? formatted.GetString()
        : null;

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // Citizen pages show their own sign-in button; only the API answers here.
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CitizenSignInSetup));
}
