using System.Globalization;
using System.Security.Claims;

namespace Workflow.Server.Authentication;

/// <summary>Who a signed-in citizen is, as their electronic identity provider verified it.</summary>
public sealed record CitizenIdentity(string Subject, string IdNumber, string Name, int Level, string? Phone = null, string? Email = null, string? Address = null)
{
    /// <summary>The citizen of a principal from the citizen cookie; null for anyone else, officers included.</summary>
    public static CitizenIdentity? From(ClaimsPrincipal? principal)
    {
        var identity = principal?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == CitizenClaims.AuthenticationType);
        if (identity?.FindFirst(CitizenClaims.Subject)?.Value is not { Length: > 0 } subject || identity.FindFirst(CitizenClaims.IdNumber)?.Value is not { Length: > 0 } idNumber)
        {
            return null;
        }

        return new CitizenIdentity(subject, idNumber, identity.FindFirst(CitizenClaims.Name)?.Value ?? "",
            int.TryParse(identity.FindFirst(CitizenClaims.Level)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : 0,
            identity.FindFirst(CitizenClaims.Phone)?.Value, identity.FindFirst(CitizenClaims.Email)?.Value, identity.FindFirst(CitizenClaims.Address)?.Value);
    }

    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>
        {
            new(CitizenClaims.Subject, Subject),
            new(CitizenClaims.IdNumber, IdNumber),
            new(CitizenClaims.Name, Name),
            new(CitizenClaims.Level, Level.ToString(CultureInfo.InvariantCulture)),
        };
        AddIfPresent(CitizenClaims.Phone, Phone);
        AddIfPresent(CitizenClaims.Email, Email);
        AddIfPresent(CitizenClaims.Address, Address);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CitizenClaims.AuthenticationType, CitizenClaims.Name, null));

        void AddIfPresent(string type, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                claims.Add(new Claim(type, value));
            }
        }
    }
}
