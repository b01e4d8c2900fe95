namespace Workflow.Server.Authentication;

/// <summary>
/// Citizens' sign-in with an electronic identity provider over OpenID Connect
/// (<c>Authentication:Citizen</c>), apart from the officers' single sign-on: its own scheme, its own
/// cookie, its own claims. Registered only when an authority and a client id are configured; otherwise
/// the sign-in button is not shown and online submission stays anonymous.
/// </summary>
public sealed class CitizenSignInSettings
{
    public const string Section = "Authentication:Citizen";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string CallbackPath { get; set; } = "/signin-citizen";

    public string[] Scopes { get; set; } = ["openid", "profile"];

    /// <summary>Metadata over plain HTTP is allowed only for a development identity provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim that says how strongly the provider verified the person (e.g. <c>acr</c> or <c>loa</c>).</summary>
    public string AssuranceClaim { get; set; } = "acr";

    /// <summary>
    /// Which claim value means which level (1 the weakest). A value not listed gives no level. With no
    /// list at all, a claim that is a whole number is taken as the level itself.
    /// </summary>
    public AssuranceLevelMapping[] AssuranceLevels { get; set; } = [];

    /// <summary>The claim carrying the personal identification number (số định danh cá nhân).</summary>
    public string IdNumberClaim { get; set; } = "id_number";

    public string NameClaim { get; set; } = "name";

    public string PhoneClaim { get; set; } = "phone_number";

    public string EmailClaim { get; set; } = "email";

    /// <summary>A plain text claim, or the standard <c>address</c> object (its <c>formatted</c> member is used).</summary>
    public string AddressClaim { get; set; } = "address";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The level a claim value stands for; 0 when it stands for none.</summary>
    public int LevelOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        if (AssuranceLevels.Length == 0)
        {
            return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level) && level > 0 ? level : 0;
        }

        return AssuranceLevels.FirstOrDefault(m => string.Equals(m.Value, value.Trim(), StringComparison.Ordinal))?.Level ?? 0;
    }
}
