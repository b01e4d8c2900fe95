namespace Workflow.Server.Authentication;

/// <summary>
/// The claims of a citizen's session cookie: only what the provider verified and the server uses,
/// under names of the server's own, whatever the provider calls them.
/// </summary>
public static class CitizenClaims
{
    /// <summary>The provider's subject identifier.</summary>
    public const string Subject = "citizen_sub";

    public const string IdNumber = "citizen_id_number";

    public const string Name = "citizen_name";

    /// <summary>The level of assurance, a whole number; 0 when the provider gave none the server knows.</summary>
    public const string Level = "citizen_loa";

    public const string Phone = "citizen_phone";

    public const string Email = "citizen_email";

    public const string Address = "citizen_address";

    /// <summary>The authentication type of a citizen identity; officers' identities never have it.</summary>
    public const string AuthenticationType = "citizen";
}
