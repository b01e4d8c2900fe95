using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Server.Authentication;

namespace Workflow.Server.Security;

/// <summary>
/// Whether a signed-in principal still holds: its account's security stamp is the one it was issued
/// with (disabling an account or changing its roles renews the stamp) and its session is still open
/// (signing out ends it). One indexed query, run on every signed-in request and by open pages.
/// </summary>
public sealed class AccessCheck(ServerIdentityDbContext db, IOptions<IdentityOptions> identity)
{
    public async Task<bool> StillHoldsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var session = principal.FindFirstValue(SignInSessions.SessionClaim);
        if (userId is null || stamp is null || session is null)
        {
            return false;
        }

        return await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.SecurityStamp == stamp
            && db.UserTokens.Any(t => t.UserId == userId && t.LoginProvider == SignInSessions.ProviderName && t.Name == session), cancellationToken);
    }
}
