namespace Workflow.Server.Authentication;

/// <summary>
/// Single sign-on with an OpenID Connect provider (<c>Authentication:Oidc</c>). Registered only
/// when an authority is configured. Accounts are not created from SSO: an administrator creates
/// the officer, and the first SSO sign-in is linked to the account with the same e-mail.
/// </summary>
public sealed class OidcSettings
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string CallbackPath { get; set; } = "/signin-oidc";

    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>Link a first SSO sign-in to the local account with the same verified e-mail.</summary>
    public bool MatchByEmail { get; set; } = true;

    /// <summary>Metadata over plain HTTP is allowed only for a development identity provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
