using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Server.Authentication;

namespace Workflow.Server.Security;

/// <summary>
/// Each sign-in (a cookie, or a bearer token and its refresh tokens) is a session row in Identity's
/// user-token table, so ending one is a delete that every server node sees at once. A bearer session
/// also records which refresh token is the current one: each is usable once, and presenting a spent
/// one means it was stolen, so the whole session (access and refresh tokens alike) is ended.
/// </summary>
public sealed class SignInSessions(ServerIdentityDbContext db, TimeProvider time)
{
    public const string SessionClaim = "workflow:session";
    public const string RefreshClaim = "workflow:refresh";
    public const string ProviderName = "workflow-session";

    /// <summary>How long a session may last at most, refreshed or not; older ones are removed when their account next signs in.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Opens a session for the principal's account and writes its claims into the principal.</summary>
    public async Task StartAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in principal has an account id.");
        var now = time.GetUtcNow();
        // Version 7 ids begin with their creation time, so ordering them as text orders sessions by age.
        var session = Guid.CreateVersion7(now).ToString("N");
        var refresh = NewId();
        var expired = Guid.CreateVersion7(now - MaxAge).ToString("N");
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == ProviderName && string.Compare(t.Name, expired) < 0).ExecuteDeleteAsync(cancellationToken);
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = ProviderName, Name = session, Value = refresh });
        await db.SaveChangesAsync(cancellationToken);
        Stamp(principal, session, refresh);
    }

    /// <summary>
    /// Spends the refresh token the principal carries and gives the principal the next one; false when
    /// the session is over or the token was already spent, in which case the session is ended.
    /// </summary>
    public async Task<bool> RotateRefreshAsync(ClaimsPrincipal spent, ClaimsPrincipal next, CancellationToken cancellationToken = default)
    {
        var userId = spent.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = spent.FindFirstValue(SessionClaim);
        var refresh = spent.FindFirstValue(RefreshClaim);
        if (userId is null || session is null || refresh is null)
        {
            return false;
        }

        var following = NewId();
        // One conditional update: of two requests presenting the same token, only one can move the session on.
        var moved = await Rows(userId, session).Where(t => t.Value == refresh)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, following), cancellationToken);
        if (moved == 0)
        {
            await EndAsync(spent, cancellationToken);
            return false;
        }

        Stamp(next, session, following);
        return true;
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && principal.FindFirstValue(SessionClaim) is { } session)
        {
            await Rows(userId, session).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private IQueryable<IdentityUserToken<string>> Rows(string userId, string session) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == ProviderName && t.Name == session);

    private static void Stamp(ClaimsPrincipal principal, string session, string refresh)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var claim in identity.FindAll(c => c.Type is SessionClaim or RefreshClaim).ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaim(new Claim(SessionClaim, session));
        identity.AddClaim(new Claim(RefreshClaim, refresh));
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
